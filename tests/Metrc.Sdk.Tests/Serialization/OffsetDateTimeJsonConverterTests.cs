using System.Text;
using System.Text.Json;
using CsCheck;
using Metrc.Sdk.Serialization;
using NodaTime;

namespace Metrc.Sdk.Tests.Serialization;

/// <summary>The UTF-8 timestamp reader agrees with NodaTime's ISO pattern on every form it takes, and leaves the rest to it.</summary>
public sealed class OffsetDateTimeJsonConverterTests
{
    private static OffsetDateTime ReadJson(string text) =>
        JsonSerializer.Deserialize($$"""{"Id":1,"LastModified":"{{text}}"}""", MetrcJsonContext.Default.Package)!.LastModified!.Value;

    [Theory]
    [InlineData("2026-01-31T17:35:45-07:00")]
    [InlineData("2026-01-31T17:35:45Z")]
    [InlineData("2026-01-31T17:35:45.1234567+05:30")]
    [InlineData("2026-01-31T17:35:45.123456789-07:00")]
    [InlineData("2026-01-31T17:35:45.5Z")]
    [InlineData("2026-01-31T17:35:45")]
    [InlineData("2024-02-29T00:00:00+14:00")]
    public void The_fast_path_reads_what_NodaTime_reads(string text)
    {
        Assert.True(OffsetDateTimeJsonConverter.TryParse(Encoding.UTF8.GetBytes(text), out OffsetDateTime fast));
        Assert.True(MetrcTimestamp.TryParse(text, out OffsetDateTime? slow));
        Assert.Equal(slow, fast);
        Assert.Equal(slow, ReadJson(text));
    }

    [Theory]
    [InlineData("2026-02-30T10:00:00Z")]
    [InlineData("2026-01-31T24:00:00Z")]
    [InlineData("2026-01-31T10:00:00+19:00")]
    [InlineData("2026-01-31T10:00:00.Z")]
    [InlineData("2026-01-31T10:00:00.1234567890Z")]
    [InlineData("2026-01-31 10:00:00Z")]
    [InlineData("2026-01-31T10:00:00+0700")]
    public void Other_forms_are_left_to_NodaTime(string text)
    {
        Assert.False(OffsetDateTimeJsonConverter.TryParse(Encoding.UTF8.GetBytes(text), out _));
    }

    [Fact]
    public void Unusual_forms_still_parse_through_the_fallback()
    {
        Assert.Equal(new OffsetDateTime(new LocalDateTime(2026, 1, 31, 10, 0), Offset.FromHours(7)), ReadJson("2026-01-31T10:00:00+07"));
        Assert.Throws<JsonException>(() => ReadJson("yesterday"));
    }

    [Fact]
    public void Formatted_timestamps_round_trip_through_the_fast_path()
    {
        Gen.Select(Gen.Int[1, 9999], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 23], Gen.Int[0, 59], Gen.Int[0, 59], Gen.Int[0, 9_999_999], Gen.Int[-18 * 60, 18 * 60])
            .Sample((year, month, day, hour, minute, second, ticks, offsetMinutes) =>
            {
                var value = new OffsetDateTime(
                    new LocalDate(year, month, day).At(LocalTime.FromHourMinuteSecondNanosecond(hour, minute, second, ticks * 100L)), // Metrc's format keeps 7 digits
                    Offset.FromSeconds(offsetMinutes * 60));
                string text = MetrcTimestamp.Format(value);
                return OffsetDateTimeJsonConverter.TryParse(Encoding.UTF8.GetBytes(text), out OffsetDateTime parsed) && parsed == value;
            });
    }
}
