using System.Net;
using System.Text;
using System.Text.Json;

namespace Metrc.Sdk.Testing.Tests;

/// <summary>Catalogue operations without a lifecycle handler: generic answers, shape checks, the write log, scoping.</summary>
public sealed class CatalogueRouteTests
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<string> MessageAsync(HttpResponseMessage response)
    {
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("Message").GetString()!;
    }

    [Fact]
    public async Task A_generic_row_write_is_recorded_with_its_operation_licence_and_rows()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        using HttpClient raw = h.Raw();

        // Retail ID association has no lifecycle handler (master data writes such as items/v2 now do).
        using HttpResponseMessage response = await raw.PostAsync($"retailid/v2/associate?licenseNumber={h.License}", Json("""[{"Name":"Gummies"},{"Name":"Tincture"}]"""));
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, body.RootElement.GetProperty("Ids").GetArrayLength());
        Assert.Equal(0, body.RootElement.GetProperty("Warnings").GetArrayLength());
        EmulatorWrite write = Assert.Single(h.Emulator.GetWrites("RetailIds.Associate"));
        Assert.Equal((MetrcState?)MetrcState.Co, write.State);
        Assert.Equal(h.License, write.LicenseNumber);
        Assert.Equal(2, write.RowCount);
        Assert.Equal("Tincture", write.Rows[1].GetProperty("Name").GetString());
        Assert.Empty(h.Emulator.GetWrites("RetailIds.Generate"));
    }

    [Fact]
    public async Task A_write_through_the_sdk_is_recorded_too()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();

        await h.PlantAsync("LOG-1", 3);
        await h.Client.Patients.DeleteAsync(h.License, 42);

        EmulatorWrite planting = Assert.Single(h.Emulator.GetWrites("PlantBatches.CreatePlantings"));
        Assert.Equal("LOG-1", planting.Rows[0].GetProperty("Name").GetString());
        EmulatorWrite delete = Assert.Single(h.Emulator.GetWrites("Patients.Delete"));
        Assert.Equal(0, delete.RowCount);
        Assert.Equal(["PlantBatches.CreatePlantings", "Patients.Delete"], h.Emulator.GetWrites().Select(w => w.Operation));
    }

    [Theory]
    [InlineData("""{"Name":"Gummies"}""")]
    [InlineData("""[1, 2]""")]
    [InlineData("""[]""")]
    [InlineData("""not json""")]
    public async Task A_row_write_whose_body_is_not_an_array_of_objects_is_400_with_a_message(string json)
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        using HttpClient raw = h.Raw();

        using HttpResponseMessage response = await raw.PostAsync($"items/v2?licenseNumber={h.License}", Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(await MessageAsync(response)));
        Assert.Empty(h.Emulator.GetWrites());
    }

    [Fact]
    public async Task A_send_body_must_be_json()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        using HttpClient raw = h.Raw();

        using HttpResponseMessage bad = await raw.PostAsync($"retailid/v2/generate?licenseNumber={h.License}", Json("{oops"));
        using HttpResponseMessage good = await raw.PostAsync($"retailid/v2/generate?licenseNumber={h.License}", Json("""{"Quantity":5}"""));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("invalid", await MessageAsync(bad), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(5, Assert.Single(h.Emulator.GetWrites("RetailIds.Generate")).Rows[0].GetProperty("Quantity").GetInt32());
    }

    [Fact]
    public async Task An_unknown_route_a_wrong_method_and_an_operation_the_state_lacks_are_404()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        using HttpClient raw = h.Raw();

        using HttpResponseMessage unknown = await raw.GetAsync($"packages/v2/no/such/route?licenseNumber={h.License}");
        using HttpResponseMessage wrongMethod = await raw.PostAsync("facilities/v2", Json("[]"));
        using HttpResponseMessage notInColorado = await raw.GetAsync("wastemethods/v2");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("/co/packages/v2/no/such/route", await MessageAsync(unknown), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, wrongMethod.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notInColorado.StatusCode);
    }

    [Fact]
    public async Task A_read_of_an_unknown_id_is_404_and_the_sdk_throws_not_found()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        using HttpClient raw = h.Raw();

        using HttpResponseMessage response = await raw.GetAsync($"strains/v2/987654?licenseNumber={h.License}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("987654", await MessageAsync(response), StringComparison.Ordinal);
        await Assert.ThrowsAsync<MetrcNotFoundException>(() => h.Client.Transporters.GetDriverAsync(h.License, 987654));
    }

    [Fact]
    public async Task Generic_lists_answer_metrcs_empty_envelope_and_lookups_a_bare_array()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        using HttpClient raw = h.Raw();

        using JsonDocument page = JsonDocument.Parse(await raw.GetStringAsync($"transporters/v2/drivers?licenseNumber={h.License}&pageNumber=1&pageSize=10"));
        using JsonDocument lookup = JsonDocument.Parse(await raw.GetStringAsync($"tags/v2/staged?licenseNumber={h.License}"));

        JsonElement root = page.RootElement;
        Assert.Equal(0, root.GetProperty("Data").GetArrayLength());
        Assert.Equal(0, root.GetProperty("Total").GetInt32());
        Assert.Equal(0, root.GetProperty("TotalRecords").GetInt32());
        Assert.Equal(10, root.GetProperty("PageSize").GetInt32());
        Assert.Equal(0, root.GetProperty("RecordsOnPage").GetInt32());
        Assert.Equal(1, root.GetProperty("Page").GetInt32());
        Assert.Equal(1, root.GetProperty("CurrentPage").GetInt32());
        Assert.Equal(0, root.GetProperty("TotalPages").GetInt32());
        Assert.Equal(JsonValueKind.Array, lookup.RootElement.ValueKind);
        Assert.Equal(0, lookup.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Scope_and_required_query_parameters_come_from_the_catalogue()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        using HttpClient raw = h.Raw();

        using HttpResponseMessage noHarvest = await raw.GetAsync($"harvests/v2/waste?licenseNumber={h.License}");
        using HttpResponseMessage withHarvest = await raw.GetAsync($"harvests/v2/waste?licenseNumber={h.License}&harvestId=7");
        using HttpResponseMessage noLicense = await raw.GetAsync("strains/v2/active");
        using HttpResponseMessage unscoped = await raw.GetAsync("transfers/v2/deliveries/5/packages");
        using HttpResponseMessage facilities = await raw.GetAsync("facilities/v2");

        Assert.Equal(HttpStatusCode.BadRequest, noHarvest.StatusCode);
        Assert.Contains("harvestId", await MessageAsync(noHarvest), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, withHarvest.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noLicense.StatusCode);
        Assert.Contains("licenseNumber", await MessageAsync(noLicense), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, unscoped.StatusCode);
        Assert.Equal(HttpStatusCode.OK, facilities.StatusCode);
    }

    [Fact]
    public async Task Inactive_lists_come_from_the_store()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        List<string> plants = await h.FloweringPlantsAsync("INACTIVE-1", 2, 0);

        Assert.Empty((await h.Client.Plants.ListInactiveAsync(h.License).GetPageAsync()).Items);
        await h.Client.Plants.HarvestAsync(h.License, [LifecycleRuleTests.Harvest(plants[0], "H-INACTIVE", 10)]);

        Assert.Equal([plants[0]], (await h.Client.Plants.ListInactiveAsync(h.License).GetPageAsync()).Items.Select(p => p.Label));
        Assert.Equal(["INACTIVE-1"], (await h.Client.PlantBatches.ListInactiveAsync(h.License).GetPageAsync()).Items.Select(b => b.Name));
        Assert.Empty((await h.Client.Harvests.ListInactiveAsync(h.License).GetPageAsync()).Items);
    }
}
