using System.Text.Json;
using CsCheck;
using Metrc.Sdk.Http;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Metrc.Sdk.Tests.Serialization;

public sealed class LocalDateJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = MetrcJsonContext.Default.Options;

    [Theory]
    [InlineData(2026, 1, 5, "2026-01-05")]
    [InlineData(2024, 2, 29, "2024-02-29")]
    [InlineData(1, 12, 31, "0001-12-31")]
    [InlineData(999, 10, 1, "0999-10-01")]
    [InlineData(9999, 12, 31, "9999-12-31")]
    public void Writes_a_date_as_yyyy_MM_dd(int year, int month, int day, string expected)
    {
        string json = JsonSerializer.Serialize(new LocalDate(year, month, day), Options);

        Assert.Equal($"\"{expected}\"", json);
    }

    [Fact]
    public void A_year_before_1_is_written_in_the_ISO_expanded_form_and_read_back()
    {
        var date = new LocalDate(-5, 3, 9);

        string json = JsonSerializer.Serialize(date, Options);

        Assert.Equal("\"-0005-03-09\"", json);
        Assert.Equal(date, JsonSerializer.Deserialize<LocalDate>(json, Options));
    }

    [Theory]
    [InlineData("\"2026-01-05\"", 2026, 1, 5)]
    [InlineData("\"2026-01-31T00:00:00\"", 2026, 1, 31)]
    [InlineData("\"2026-01-31T13:45:10.123+00:00\"", 2026, 1, 31)]
    [InlineData("\"2024-02-29\"", 2024, 2, 29)]
    [InlineData("\"\\u0032026-03-04\"", 2026, 3, 4)] // escaped: read through the general pattern
    public void Reads_a_date_or_the_date_part_of_a_date_time(string json, int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), JsonSerializer.Deserialize<LocalDate>(json, Options));
    }

    [Theory]
    [InlineData("\"2026-02-30\"")]
    [InlineData("\"2025-02-29\"")]
    [InlineData("\"2026-13-01\"")]
    [InlineData("\"2026-00-10\"")]
    [InlineData("\"2026-1-5\"")]
    [InlineData("\"2026/01/05\"")]
    [InlineData("\"2026-01-05X\"")]
    [InlineData("\"\"")]
    [InlineData("20260105")]
    [InlineData("null")]
    public void Text_that_is_not_a_date_is_a_JsonException(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LocalDate>(json, Options));
    }

    [Fact]
    public void Every_date_round_trips_and_matches_the_ISO_pattern()
    {
        Gen.Int[-9998, 9999].Select(Gen.Int[1, 12], Gen.Int[1, 31])
            .Where((year, month, day) => day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
            .Sample((year, month, day) =>
            {
                var date = new LocalDate(year, month, day);
                string json = JsonSerializer.Serialize(date, Options);
                Assert.Equal($"\"{LocalDatePattern.Iso.Format(date)}\"", json);
                Assert.Equal(date, JsonSerializer.Deserialize<LocalDate>(json, Options));
            });
    }

    [Fact]
    public async Task A_row_serialized_in_a_batch_body_carries_its_date_as_text()
    {
        var row = new CreatePlantingsRequest { Name = "B-1", Type = "Clone", Count = 3, Strain = "S", Location = "L", ActualDate = new LocalDate(2026, 7, 4) };

        using JsonRowsContent content = JsonRowsContent.Create([row], MetrcJsonContext.Default.CreatePlantingsRequest);
        using JsonDocument body = JsonDocument.Parse(await content.ReadAsStringAsync());

        Assert.Equal("2026-07-04", body.RootElement[0].GetProperty("ActualDate").GetString());
    }
}
