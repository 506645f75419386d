using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Metrc.Sdk.Serialization;

/// <summary>Reads and writes Metrc timestamps as <see cref="OffsetDateTime"/>, keeping the offset Metrc sent.</summary>
/// <remarks>
/// A page of packages carries several timestamps per row, so the usual form (<c>yyyy-MM-ddTHH:mm:ss[.fffffffff][Z|±HH:mm]</c>)
/// is parsed from the reader's UTF-8 bytes without a string; anything else (escaped or split text, other offset forms)
/// falls back to NodaTime's ISO pattern.
/// </remarks>
internal sealed class OffsetDateTimeJsonConverter : JsonConverter<OffsetDateTime>
{
    private const int SecondsEnd = 19; // "yyyy-MM-ddTHH:mm:ss"

    public override OffsetDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a timestamp string but found {reader.TokenType}.");
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped && TryParse(reader.ValueSpan, out OffsetDateTime parsed))
        {
            return parsed;
        }

        string text = reader.GetString()!;
        return MetrcTimestamp.TryParse(text, out OffsetDateTime? value)
            ? value.Value
            : throw new JsonException($"'{text}' is not an ISO-8601 timestamp.");
    }

    public override void Write(Utf8JsonWriter writer, OffsetDateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(MetrcTimestamp.Format(value));

    /// <summary>
    /// Parses <c>yyyy-MM-ddTHH:mm:ss</c>, an optional fraction of up to 9 digits and an offset (<c>Z</c>, <c>±HH:mm</c>, or
    /// none: UTC, as <see cref="MetrcTimestamp.TryParse"/> reads it). <see langword="false"/> for any other form.
    /// </summary>
    internal static bool TryParse(ReadOnlySpan<byte> text, out OffsetDateTime value)
    {
        value = default;
        if (text.Length < SecondsEnd || text[10] != (byte)'T' || text[13] != (byte)':' || text[16] != (byte)':'
            || !LocalDateJsonConverter.TryParse(text[..10], out LocalDate date)
            || !LocalDateJsonConverter.TryDigits(text.Slice(11, 2), out int hour) || hour > 23
            || !LocalDateJsonConverter.TryDigits(text.Slice(14, 2), out int minute) || minute > 59
            || !LocalDateJsonConverter.TryDigits(text.Slice(17, 2), out int second) || second > 59)
        {
            return false;
        }

        int i = SecondsEnd;
        long nanoseconds = 0;
        if (i < text.Length && text[i] == (byte)'.')
        {
            int start = ++i;
            while (i < text.Length && (uint)(text[i] - '0') <= 9)
            {
                if (i - start == 9)
                {
                    return false;
                }

                nanoseconds = (nanoseconds * 10) + (text[i] - '0');
                i++;
            }

            int digits = i - start;
            if (digits == 0)
            {
                return false;
            }

            for (; digits < 9; digits++)
            {
                nanoseconds *= 10;
            }
        }

        Offset offset;
        ReadOnlySpan<byte> rest = text[i..];
        if (rest.IsEmpty || (rest.Length == 1 && rest[0] == (byte)'Z'))
        {
            offset = Offset.Zero;
        }
        else if (rest.Length == 6 && rest[0] is (byte)'+' or (byte)'-' && rest[3] == (byte)':'
            && LocalDateJsonConverter.TryDigits(rest.Slice(1, 2), out int offsetHours) && offsetHours <= 18
            && LocalDateJsonConverter.TryDigits(rest.Slice(4, 2), out int offsetMinutes) && offsetMinutes <= 59
            && (offsetHours * 60) + offsetMinutes <= 18 * 60)
        {
            int seconds = ((offsetHours * 3600) + (offsetMinutes * 60)) * (rest[0] == (byte)'-' ? -1 : 1);
            offset = Offset.FromSeconds(seconds);
        }
        else
        {
            return false;
        }

        value = new OffsetDateTime(date.At(LocalTime.FromHourMinuteSecondNanosecond(hour, minute, second, nanoseconds)), offset);
        return true;
    }
}
