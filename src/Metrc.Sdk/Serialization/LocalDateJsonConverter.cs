using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Metrc.Sdk.Serialization;

/// <summary>
/// Reads and writes Metrc business dates (<c>2026-01-31</c>). Tolerates a date-time on read (Metrc sends
/// <c>2026-01-31T00:00:00</c> on some endpoints) by taking its date part.
/// </summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    private static readonly LocalDatePattern s_pattern = LocalDatePattern.Iso;

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date string but found {reader.TokenType}.");
        }

        string text = reader.GetString()!;
        ReadOnlySpan<char> datePart = text.Length > 10 && text[10] == 'T' ? text.AsSpan(0, 10) : text.AsSpan();
        ParseResult<LocalDate> result = s_pattern.Parse(datePart.ToString());
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not a date (expected yyyy-MM-dd).");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[10];
        if (value.Year is < 0 or > 9999)
        {
            throw new JsonException($"The date {value} cannot be sent to Metrc.");
        }

        value.Year.TryFormat(buffer, out _, "D4", System.Globalization.CultureInfo.InvariantCulture);
        buffer[4] = '-';
        value.Month.TryFormat(buffer[5..], out _, "D2", System.Globalization.CultureInfo.InvariantCulture);
        buffer[7] = '-';
        value.Day.TryFormat(buffer[8..], out _, "D2", System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer);
    }
}
