using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Metrc.Sdk.Serialization;

/// <summary>
/// Reads and writes Metrc business dates (<c>2026-01-31</c>). Tolerates a date-time on read (Metrc sends
/// <c>2026-01-31T00:00:00</c> on some endpoints) by taking its date part.
/// </summary>
/// <remarks>
/// Every write row of a batch carries a date, so both directions work on the UTF-8 bytes without building a string or
/// chars (formatting through chars and transcoding cost about as much as the rest of a plant row). Text outside the plain
/// <c>yyyy-MM-dd</c> form (escaped, split across buffers, expanded years) falls back to NodaTime's ISO pattern.
/// </remarks>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    private const int DateLength = 10;

    private static readonly LocalDatePattern s_pattern = LocalDatePattern.Iso;

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date string but found {reader.TokenType}.");
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped && TryParse(reader.ValueSpan, out LocalDate date))
        {
            return date;
        }

        string text = reader.GetString()!;
        ReadOnlySpan<char> datePart = text.Length > DateLength && text[DateLength] == 'T' ? text.AsSpan(0, DateLength) : text.AsSpan();
        ParseResult<LocalDate> result = s_pattern.Parse(datePart.ToString());
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not a date (expected yyyy-MM-dd).");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        value.Deconstruct(out int year, out int month, out int day);

        // Negative years (NodaTime goes down to -9998) are written in ISO 8601's expanded form, -0005-01-31, never thrown
        // on: the validator reports any year before 1, and without it Metrc rejects the row, which the batcher maps back
        // to the caller's item.
        Span<byte> text = stackalloc byte[DateLength + 1];
        int start = 0;
        if (year < 0)
        {
            text[0] = (byte)'-';
            year = -year;
            start = 1;
        }

        Span<byte> date = text.Slice(start, DateLength);
        date[0] = Digit(year / 1000);
        date[1] = Digit(year / 100 % 10);
        date[2] = Digit(year / 10 % 10);
        date[3] = Digit(year % 10);
        date[4] = (byte)'-';
        date[5] = Digit(month / 10);
        date[6] = Digit(month % 10);
        date[7] = (byte)'-';
        date[8] = Digit(day / 10);
        date[9] = Digit(day % 10);
        writer.WriteStringValue(text[..(start + DateLength)]);
    }

    /// <summary>
    /// Parses <c>yyyy-MM-dd</c>, optionally followed by <c>T</c> and a time that is ignored. Returns <see langword="false"/>
    /// for anything else (the caller then tries the general pattern and reports the error).
    /// </summary>
    internal static bool TryParse(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        if (text.Length < DateLength || (text.Length > DateLength && text[DateLength] != (byte)'T') || text[4] != (byte)'-' || text[7] != (byte)'-')
        {
            return false;
        }

        if (!TryDigits(text[..4], out int year) || !TryDigits(text.Slice(5, 2), out int month) || !TryDigits(text.Slice(8, 2), out int day))
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Reads ASCII digits as a non-negative number; <see langword="false"/> when a byte is not a digit.</summary>
    internal static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (byte b in text)
        {
            uint digit = (uint)(b - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }

    private static byte Digit(int value) => (byte)('0' + value);
}
