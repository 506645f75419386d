using System.Net;
using System.Text.Json;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Testing.Tests;

public sealed class WireAndAuthTests
{
    private static HttpClient Raw(EmulatorHarness h, string? userKey = null, string? vendorKey = null) => h.Raw(userKey, vendorKey);

    [Fact]
    public async Task Wrong_keys_get_401_with_no_body_and_another_facility_gets_403()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();

        await Assert.ThrowsAsync<MetrcAuthenticationException>(() => h.ClientFor(h.Facility.UserKey, vendorKey: "wrong-vendor").Facilities.ListAsync());
        await Assert.ThrowsAsync<MetrcAuthenticationException>(() => h.ClientFor("wrong-user").Facilities.ListAsync());
        MetrcForbiddenException forbidden = await Assert.ThrowsAsync<MetrcForbiddenException>(
            () => h.Client.Packages.ListActiveAsync(h.Emulator.Facilities[1].LicenseNumber).GetPageAsync());
        Assert.NotNull(forbidden.MetrcMessage);

        using HttpClient raw = Raw(h, vendorKey: "wrong-vendor");
        using HttpResponseMessage response = await raw.GetAsync("facilities/v2");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_all_facilities_key_reaches_every_facility()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        IMetrcClient all = h.ClientFor(h.Emulator.AllFacilitiesUserKey);

        IReadOnlyList<Facility> facilities = await all.Facilities.ListAsync();

        Assert.Equal(h.Emulator.Facilities.Select(f => f.LicenseNumber), facilities.Select(f => f.License!.Number));
        Assert.Equal(3, (await all.Packages.ListActiveAsync(h.Emulator.Facilities[1].LicenseNumber).GetPageAsync()).Items.Count);
    }

    [Fact]
    public async Task Lists_page_like_metrc_and_refuse_pages_over_20()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        using HttpClient raw = Raw(h);

        using HttpResponseMessage tooBig = await raw.GetAsync($"tags/v2/plant/available?licenseNumber={h.License}&pageNumber=1&pageSize=21");
        using HttpResponseMessage page = await raw.GetAsync($"tags/v2/plant/available?licenseNumber={h.License}&pageNumber=2&pageSize=20");
        using JsonDocument body = JsonDocument.Parse(await page.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Equal(20, body.RootElement.GetProperty("Data").GetArrayLength());
        Assert.Equal(2, body.RootElement.GetProperty("CurrentPage").GetInt32());
        Assert.Equal(15, body.RootElement.GetProperty("TotalPages").GetInt32());
        Assert.Equal(300, body.RootElement.GetProperty("TotalRecords").GetInt32());
        int tags = 0;
        await foreach (MetrcTag _ in h.Client.Tags.ListAvailablePlantTagsAsync(h.License))
        {
            tags++;
        }

        Assert.Equal(300, tags);
    }

    [Fact]
    public async Task Lookups_answer_bare_arrays()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        using HttpClient raw = Raw(h);

        using JsonDocument units = JsonDocument.Parse(await raw.GetStringAsync("unitsofmeasure/v2/active"));
        IReadOnlyList<ItemCategory> categories = await h.Client.Items.ListCategoriesAsync(h.License);

        Assert.Equal(JsonValueKind.Array, units.RootElement.ValueKind);
        Assert.Contains(categories, c => c.Name == "Buds" && c.QuantityType == "WeightBased");
        Assert.Contains(await h.Client.UnitsOfMeasure.ListActiveAsync(), u => u.Name == "Grams" && u.QuantityType == "WeightBased");
    }

    [Fact]
    public async Task A_lastModified_window_over_24_hours_is_refused_and_shorter_windows_filter()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        using HttpClient raw = Raw(h);
        await h.PlantAsync("B-early");
        h.Clock.Advance(TimeSpan.FromHours(3));
        await h.PlantAsync("B-late");

        using HttpResponseMessage tooLong = await raw.GetAsync(
            $"plantbatches/v2/active?licenseNumber={h.License}&lastModifiedStart=2026-05-30T00:00:00Z&lastModifiedEnd=2026-06-01T00:00:01Z");
        var filter = MetrcListFilter.ModifiedBetween(
            NodaTime.OffsetDateTime.FromDateTimeOffset(EmulatorHarness.Start.AddHours(1)), NodaTime.OffsetDateTime.FromDateTimeOffset(EmulatorHarness.Start.AddHours(4)));
        var names = new List<string>();
        await foreach (PlantBatch batch in h.Client.PlantBatches.ListActiveAsync(h.License, filter))
        {
            names.Add(batch.Name);
        }

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(["B-late"], names);
    }

    [Fact]
    public async Task Sales_and_transfers_read_back_what_was_written()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string[] packages = [.. h.Facility.SeededPackages];
        await h.Client.Sales.CreateReceiptsAsync(h.License, [LifecycleRuleTests.Sale(packages[0], 2, "EXT-1")]);
        await h.Client.Transfers.CreateOutgoingAsync(h.License, [LifecycleRuleTests.Transfer("M-1", h.Emulator.Facilities[1].LicenseNumber, packages[1], packages[2])]);

        SalesReceipt receipt = await h.Client.Sales.GetReceiptByExternalNumberAsync(h.License, "EXT-1");
        var transfers = new List<Transfer>();
        await foreach (Transfer t in h.Client.Transfers.ListOutgoingAsync(h.License))
        {
            transfers.Add(t);
        }

        var shipped = new List<TransferPackage>();
        await foreach (TransferPackage p in h.Client.Transfers.ListDeliveryPackagesAsync(transfers[0].Deliveries[0].Id))
        {
            shipped.Add(p);
        }

        Assert.Equal(2, Assert.Single(receipt.Transactions).QuantitySold);
        Assert.Equal(20, receipt.TotalPrice);
        Assert.Equal(2, Assert.Single(transfers).PackageCount);
        Assert.Equal(h.Emulator.Facilities[1].LicenseNumber, transfers[0].Deliveries[0].RecipientFacilityLicenseNumber);
        Assert.Equal([packages[1], packages[2]], shipped.Select(p => p.PackageLabel).Order(StringComparer.Ordinal));
        await Assert.ThrowsAsync<MetrcNotFoundException>(() => h.Client.Sales.GetReceiptByExternalNumberAsync(h.License, "EXT-404"));
        Assert.Equal(2, (await h.Client.Packages.ListInTransitAsync(h.License).GetPageAsync()).Items.Count);
    }

    [Fact]
    public async Task Several_states_are_served_with_their_own_facilities_and_keys()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(o => o.States.Add(MetrcState.Mi));
        EmulatedFacility mi = h.Emulator.Facilities.First(f => f.State == MetrcState.Mi);

        IMetrcClient miClient = h.ClientFor(mi.UserKey, state: MetrcState.Mi);
        await miClient.PlantBatches.CreatePlantingsAsync(mi.LicenseNumber, [LifecycleRuleTests.Planting("MI-1")]);

        Assert.EndsWith("/mi/", h.Emulator.GetBaseAddress(MetrcState.Mi).AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("MI-LIC-0001", mi.LicenseNumber);
        Assert.Single(h.Emulator.GetSnapshot(MetrcState.Mi, mi.LicenseNumber).PlantBatches);
        await Assert.ThrowsAsync<MetrcAuthenticationException>(() => h.ClientFor(mi.UserKey).Facilities.ListAsync());
        Assert.Throws<ArgumentException>(() => h.Emulator.GetBaseAddress(MetrcState.Ny));
    }

    [Fact]
    public async Task Data_persists_to_a_file_across_restarts()
    {
        string path = Path.Combine(Path.GetTempPath(), $"metrc-emulator-{Guid.NewGuid():N}.json");
        try
        {
            await using (EmulatorHarness first = await EmulatorHarness.StartAsync(o => o.PersistencePath = path))
            {
                await first.PlantAsync("Persisted");
            }

            await using EmulatorHarness second = await EmulatorHarness.StartAsync(o => o.PersistencePath = path);

            Assert.Contains("Persisted", second.Emulator.GetSnapshot(MetrcState.Co, second.License).PlantBatches.Keys);
            Assert.Equal(1, second.Emulator.GetWriteCount($"batch:{second.License}:Persisted"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
