using Metrc.Sdk.Models;
using Metrc.Sdk.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Metrc.Sdk.Tests.Paging;

public sealed class PagingTests
{
    private static void GivenPages(WireMockMetrc metrc, string path, int totalRecords, int pageSize = 20)
    {
        int totalPages = (totalRecords + pageSize - 1) / pageSize;
        for (int page = 1; page <= totalPages; page++)
        {
            int count = Math.Min(pageSize, totalRecords - ((page - 1) * pageSize));
            metrc.Server.Given(Request.Create().WithPath(path).UsingGet().WithParam("pageNumber", page.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .RespondWith(Response.Create().WithStatusCode(200)
                    .WithBody(TestData.PackagePage(((page - 1) * pageSize) + 1, count, page, totalPages, totalRecords)));
        }
    }

    [Fact]
    public async Task ListActive_follows_TotalPages_without_extra_request()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        GivenPages(metrc, "/packages/v2/active", totalRecords: 55);

        var ids = new List<long>();
        await foreach (Package package in metrc.Client.Packages.ListActiveAsync(WireMockMetrc.License))
        {
            ids.Add(package.Id);
        }

        Assert.Equal(Enumerable.Range(1, 55).Select(i => (long)i), ids);
        Assert.Equal(["1", "2", "3"], metrc.Requests.Select(r => r.Query("pageNumber")));
        Assert.All(metrc.Requests, r => Assert.Equal("20", r.Query("pageSize")));
        Assert.All(metrc.Requests, r => Assert.Equal(WireMockMetrc.License, r.Query("licenseNumber")));
    }

    [Fact]
    public async Task Configured_page_size_is_sent()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start(o => o.PageSize = 5);
        GivenPages(metrc, "/packages/v2/onhold", totalRecords: 12, pageSize: 5);

        int count = 0;
        await foreach (Package _ in metrc.Client.Packages.ListOnHoldAsync(WireMockMetrc.License))
        {
            count++;
        }

        Assert.Equal(12, count);
        Assert.Equal(3, metrc.Requests.Count);
        Assert.All(metrc.Requests, r => Assert.Equal("5", r.Query("pageSize")));
    }

    [Fact]
    public async Task AsPages_exposes_page_numbers_and_can_resume_from_a_page()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        GivenPages(metrc, "/packages/v2/inactive", totalRecords: 61);

        var pages = new List<MetrcPage<Package>>();
        await foreach (MetrcPage<Package> page in metrc.Client.Packages.ListInactiveAsync(WireMockMetrc.License).AsPages(startPage: 3))
        {
            pages.Add(page);
        }

        Assert.Equal([3, 4], pages.Select(p => p.PageNumber));
        Assert.Equal(61, pages[0].TotalRecords);
        Assert.Equal(4, pages[0].TotalPages);
        Assert.True(pages[0].HasNextPage);
        Assert.False(pages[1].HasNextPage);
        Assert.Equal(2, metrc.Requests.Count);
    }

    [Fact]
    public async Task GetPageAsync_fetches_exactly_one_page()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        GivenPages(metrc, "/packages/v2/intransit", totalRecords: 45);

        MetrcPage<Package> page = await metrc.Client.Packages.ListInTransitAsync(WireMockMetrc.License).GetPageAsync(2);

        Assert.Equal(20, page.Items.Count);
        Assert.Equal(21, page.Items[0].Id);
        Assert.Single(metrc.Requests);
    }

    [Fact]
    public async Task An_empty_list_is_one_request_and_no_items()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/strains/v2/active").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200)
                .WithBody("""{"Data":[],"Total":0,"TotalRecords":0,"PageSize":20,"RecordsOnPage":0,"Page":1,"CurrentPage":1,"TotalPages":0}"""));

        int count = 0;
        await foreach (Strain _ in metrc.Client.Strains.ListActiveAsync(WireMockMetrc.License))
        {
            count++;
        }

        Assert.Equal(0, count);
        Assert.Single(metrc.Requests);
    }

    [Fact]
    public async Task A_bare_array_answer_is_read_as_a_single_page()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/tags/v2/plant/available").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200)
                .WithBody("""[{"Id":1,"Label":"1A4FF0100000022000000001"},{"Id":2,"Label":"1A4FF0100000022000000002"}]"""));

        var labels = new List<string>();
        await foreach (MetrcTag tag in metrc.Client.Tags.ListAvailablePlantTagsAsync(WireMockMetrc.License))
        {
            labels.Add(tag.Label);
        }

        Assert.Equal(["1A4FF0100000022000000001", "1A4FF0100000022000000002"], labels);
        Assert.Single(metrc.Requests);
    }

    [Fact]
    public async Task Lookup_lists_read_bare_arrays_without_a_licence()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/unitsofmeasure/v2/active").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200)
                .WithBody("""[{"QuantityType":"WeightBased","Name":"Grams","Abbreviation":"g","IsArchived":false},{"QuantityType":"CountBased","Name":"Each","Abbreviation":"ea"}]"""));

        IReadOnlyList<UnitOfMeasure> units = await metrc.Client.UnitsOfMeasure.ListActiveAsync();

        Assert.Equal(["Grams", "Each"], units.Select(u => u.Name));
        Assert.Equal(string.Empty, Assert.Single(metrc.Requests).Query("licenseNumber"));
    }

    [Fact]
    public async Task A_server_that_misreports_TotalPages_cannot_cause_an_endless_loop()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/harvests/v2/active").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200)
                .WithBody("""{"Data":[],"TotalRecords":500,"Page":1,"TotalPages":25}"""));

        await foreach (Harvest _ in metrc.Client.Harvests.ListActiveAsync(WireMockMetrc.License))
        {
        }

        Assert.Single(metrc.Requests);
    }

    [Fact]
    public void A_blank_licence_number_is_rejected_before_anything_is_sent()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();

        ArgumentException ex = Assert.Throws<ArgumentException>(() => metrc.Client.Packages.ListActiveAsync(" "));

        Assert.Equal("licenseNumber", ex.ParamName);
        Assert.Empty(metrc.Requests);
    }

    [Theory]
    [InlineData("""{"Data":null,"TotalPages":1}""", 0, null)]
    [InlineData("""{"data":[{"Id":7,"Label":"1A4FF0100000022000000007"}],"currentPage":"2","totalPages":"3","totalRecords":41}""", 1, 41)]
    [InlineData("""{"Page":1,"Total":5,"Data":[{"Id":7,"Label":"1A4FF0100000022000000007"}]}""", 1, 5)]
    public async Task The_paging_envelope_is_read_in_any_casing_with_numbers_as_text_and_null_data(string body, int items, int? total)
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2/active").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));

        MetrcPage<Package> page = await metrc.Client.Packages.ListActiveAsync(WireMockMetrc.License).GetPageAsync();

        Assert.Equal(items, page.Items.Count);
        Assert.Equal(total ?? items, page.TotalRecords);
    }

    [Fact]
    public async Task A_list_answer_without_Data_is_a_format_error()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2/active").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"TotalPages":1}"""));

        MetrcResponseFormatException ex = await Assert.ThrowsAsync<MetrcResponseFormatException>(
            () => metrc.Client.Packages.ListActiveAsync(WireMockMetrc.License).GetPageAsync());

        Assert.Contains("Data", ex.Message, StringComparison.Ordinal);
    }
}
