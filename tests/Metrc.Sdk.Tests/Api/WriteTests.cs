using System.Text.Json;
using Metrc.Sdk.Models;
using Metrc.Sdk.Tests.Infrastructure;
using NodaTime;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Metrc.Sdk.Tests.Api;

public sealed class WriteTests
{
    private static CreatePlantingsRequest Planting(int i) => new()
    {
        Name = $"Batch {i}",
        Type = "Clone",
        Count = 10,
        Strain = "Blue Dream",
        Location = "Veg Room",
        ActualDate = new LocalDate(2026, 1, 31),
    };

    [Fact]
    public async Task A_write_posts_a_json_array_with_pascal_case_names_and_plain_dates()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/plantbatches/v2/plantings").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Ids":[101,102],"Warnings":["Strain is not tested"]}"""));

        MetrcWriteResult result = await metrc.Client.PlantBatches.CreatePlantingsAsync(WireMockMetrc.License, [Planting(1), Planting(2)]);

        Assert.Equal([101L, 102L], result.Ids);
        Assert.Equal(["Strain is not tested"], result.Warnings);
        var request = Assert.Single(metrc.Requests).RequestMessage;
        Assert.Equal("application/json; charset=utf-8", request.Headers!["Content-Type"].ToString());
        using JsonDocument body = JsonDocument.Parse(request.Body!);
        Assert.Equal(2, body.RootElement.GetArrayLength());
        JsonElement first = body.RootElement[0];
        Assert.Equal("Batch 1", first.GetProperty("Name").GetString());
        Assert.Equal("2026-01-31", first.GetProperty("ActualDate").GetString());
        Assert.Equal(10, first.GetProperty("Count").GetInt32());
        Assert.False(first.TryGetProperty("PatientLicenseNumber", out _), "null fields are omitted");
    }

    [Fact]
    public async Task An_empty_answer_body_is_an_empty_result()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2/finish").UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200));

        MetrcWriteResult result = await metrc.Client.Packages.FinishAsync(
            WireMockMetrc.License, [new FinishPackageRequest { Label = "1A4FF0100000022000000001", ActualDate = new LocalDate(2026, 2, 1) }]);

        Assert.Same(MetrcWriteResult.Empty, result);
    }

    [Fact]
    public async Task Warnings_given_as_objects_are_kept_as_json_text()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2/unfinish").UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Ids":["7"],"Warnings":[{"Row":0,"Message":"odd"}]}"""));

        MetrcWriteResult result = await metrc.Client.Packages.UnfinishAsync(WireMockMetrc.License, [new UnfinishPackageRequest { Label = "1A4FF0100000022000000001" }]);

        Assert.Equal([7L], result.Ids);
        Assert.Equal("""{"Row":0,"Message":"odd"}""", Assert.Single(result.Warnings));
    }

    [Fact]
    public async Task No_rows_sends_nothing()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();

        MetrcWriteResult result = await metrc.Client.Packages.CreateAsync(WireMockMetrc.License, []);

        Assert.Empty(result.Ids);
        Assert.Empty(metrc.Requests);
    }

    [Fact]
    public async Task A_null_row_is_rejected_naming_its_index()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();

        ArgumentException ex = await Assert.ThrowsAsync<ArgumentException>(() =>
            metrc.Client.PlantBatches.CreatePlantingsAsync(WireMockMetrc.License, [Planting(0), null!]));

        Assert.Contains("rows[1]", ex.Message, StringComparison.Ordinal);
        Assert.Empty(metrc.Requests);
    }

    [Fact]
    public async Task A_failed_post_is_never_retried_even_when_retries_are_enabled()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start(o => o.MaxRetryAttempts = 3);
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(503));

        MetrcOutcomeUnknownException ex = await Assert.ThrowsAsync<MetrcOutcomeUnknownException>(() => metrc.Client.Packages.CreateAsync(WireMockMetrc.License,
        [
            new CreatePackageRequest
            {
                Tag = "1A4FF0100000022000000009",
                Item = "Buds",
                Quantity = 1,
                UnitOfMeasure = "Grams",
                ActualDate = new LocalDate(2026, 1, 1),
                Ingredients = [new PackageIngredient { Package = "1A4FF0100000022000000001", Quantity = 1, UnitOfMeasure = "Grams" }],
            },
        ]));

        Assert.IsType<MetrcServerException>(ex.InnerException); // the 503 may have followed a commit
        Assert.Single(metrc.Requests);
    }

    [Fact]
    public async Task Get_by_id_and_by_label_escape_the_path_segment_and_read_nodatime_fields()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2/42").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(TestData.PackageJson(42)));

        Package package = await metrc.Client.Packages.GetByIdAsync(WireMockMetrc.License, 42);

        Assert.Equal(42, package.Id);
        Assert.Equal(12.5m, package.Quantity);
        Assert.Equal(new LocalDate(2026, 1, 31), package.PackagedDate);
        Assert.Equal(new LocalDateTime(2026, 1, 31, 17, 35, 45).WithOffset(Offset.FromHours(-7)), package.LastModified);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => metrc.Client.Packages.GetByIdAsync(WireMockMetrc.License, 0));
    }
}
