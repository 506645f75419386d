using System.Diagnostics.CodeAnalysis;
using NodaTime;
using NodaTime.Text;

namespace Metrc.Sdk.Serialization;

/// <summary>Formats and parses Metrc timestamps (ISO-8601 with an offset, <c>Z</c> for UTC).</summary>
internal static class MetrcTimestamp
{
    private static readonly OffsetDateTimePattern s_format =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFo<Z+HH:mm>");

    private static readonly OffsetDateTimePattern s_parseWithOffset = OffsetDateTimePattern.ExtendedIso;

    private static readonly LocalDateTimePattern s_parseLocal = LocalDateTimePattern.ExtendedIso;

    public static string Format(OffsetDateTime value) => s_format.Format(value);

    /// <summary>Parses a timestamp; one without an offset is read as UTC (Metrc documents offsets on all timestamps).</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out OffsetDateTime? value)
    {
        ParseResult<OffsetDateTime> withOffset = s_parseWithOffset.Parse(text);
        if (withOffset.Success)
        {
            value = withOffset.Value;
            return true;
        }

        ParseResult<LocalDateTime> local = s_parseLocal.Parse(text);
        if (local.Success)
        {
            value = local.Value.WithOffset(Offset.Zero);
            return true;
        }

        value = null;
        return false;
    }
}
