using System.Reflection;
using System.Text.Json;
using Metrc.Sdk.Generator;
using Metrc.Sdk.Models;
using Metrc.Sdk.Tests.Infrastructure;
using NodaTime;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Metrc.Sdk.Tests.Api;

/// <summary>
/// The operation catalogue against what the SDK exposes and sends: the generated code is current, every operation has
/// its public method, and every operation goes over loopback HTTP with the documented method, path, query and body.
/// </summary>
public sealed class CatalogueTests
{
    private const string WebhookPrefix = "/webhook-host/";

    private static readonly string Root = Repository.FindRoot(AppContext.BaseDirectory);

    public static TheoryData<string> OperationNames => [.. MetrcCatalogue.Operations.Select(o => o.Name)];

    [Fact]
    public void The_committed_generated_code_matches_the_catalogue()
    {
        CatalogueFile catalogue = Catalogue.Load(Path.Combine(Root, Repository.CataloguePath));

        IReadOnlyList<string> stale = Repository.Compare(Root, Emitter.Generate(catalogue), write: false);

        Assert.True(stale.Count == 0, "Run `dotnet run --project src/Metrc.Sdk.Generator`; out of date: " + string.Join(", ", stale));
    }

    [Fact]
    public void The_catalogue_covers_at_least_265_operations_in_26_groups()
    {
        Assert.True(MetrcCatalogue.Operations.Count >= 265, $"{MetrcCatalogue.Operations.Count} operations");
        Assert.Equal(25, MetrcCatalogue.Operations.Select(o => o.Name.Split('.')[0]).Distinct().Count());
        Assert.Equal(MetrcCatalogue.Operations.Count, MetrcCatalogue.Operations.Select(o => o.Method + " " + o.Route).Distinct().Count());
    }

    [Fact]
    public void Every_catalogue_operation_has_its_public_method_and_every_public_method_an_operation()
    {
        var declared = new HashSet<string>(MetrcCatalogue.Operations.Select(o => o.Name), StringComparer.Ordinal);
        var exposed = new HashSet<string>(StringComparer.Ordinal);
        foreach (PropertyInfo group in GroupProperties())
        {
            foreach (MethodInfo method in group.PropertyType.GetMethods())
            {
                Assert.EndsWith("Async", method.Name, StringComparison.Ordinal);
                exposed.Add(group.Name + "." + method.Name[..^"Async".Length]);
                Assert.Equal(typeof(CancellationToken), method.GetParameters()[^1].ParameterType);
            }
        }

        Assert.Empty(declared.Except(exposed));
        Assert.Empty(exposed.Except(declared));
    }

    [Fact]
    public void Every_row_write_is_a_write_operation_and_an_outbox_operation_with_its_typed_rules()
    {
        var writes = MetrcWriteOperations.All.ToDictionary(o => o.Name, StringComparer.Ordinal);
        foreach (MetrcOperationInfo op in MetrcCatalogue.Operations.Where(o => o.Shape == MetrcCallShape.RowWrite))
        {
            Assert.True(writes.TryGetValue(op.Name, out IMetrcWriteOperation? write), op.Name);
            Assert.Equal(op.Method, write!.Method);
            Assert.Equal(op.Route, write.Route);
        }

        Assert.Equal(writes.Count, Metrc.Sdk.Outbox.MetrcOutboxOperations.All.Count);

        // The writes the validator knows keep their rules; the link is typed, so only these can have them.
        string[] validated =
        [
            "Packages.Create", "Packages.Finish", "Packages.Unfinish", "Packages.Adjust", "PlantBatches.CreatePlantings",
            "PlantBatches.ChangeGrowthPhase", "Plants.ChangeGrowthPhase", "Plants.Harvest", "Plants.Manicure", "Plants.Destroy",
            "Harvests.CreatePackages", "Sales.CreateReceipts", "Transfers.CreateOutgoing", "Packages.CreatePlantings", "Packages.CreateTesting",
            "Packages.FlagFinishedGoods", "Packages.UnflagFinishedGoods", "Packages.FlagDonations", "Packages.UnflagDonations", "Packages.FlagTradeSamples",
            "Packages.UnflagTradeSamples", "Packages.SetExternalIds", "Packages.ChangeItems", "Packages.SetNotes", "Packages.ChangeLocations", "Packages.SetDates",
            "Packages.UpdateAdjustments",
            "LabTests.RecordResults", "LabTests.UploadDocuments", "LabTests.ReleaseResults", "Packages.SetRequiredLabTests",
            "Packages.Remediate", "Packages.Decontaminate",
            // Plant batches and plants (issue 18).
            "PlantBatches.Adjust",
            "PlantBatches.CreatePackagesFromMotherPlant",
            "PlantBatches.RecordAdditives",
            "PlantBatches.RecordAdditivesUsingTemplate",
            "PlantBatches.CreatePackages",
            "PlantBatches.RecordWaste",
            "PlantBatches.Split",
            "PlantBatches.Destroy",
            "PlantBatches.Rename",
            "PlantBatches.ChangeLocation",
            "PlantBatches.ChangeStrain",
            "PlantBatches.ChangeTag",
            "Plants.RecordAdditivesByLocation",
            "Plants.RecordAdditivesByLocationUsingTemplate",
            "Plants.CreatePlantBatchPackages",
            "Plants.RecordAdditives",
            "Plants.RecordAdditivesUsingTemplate",
            "Plants.CreatePlantings",
            "Plants.RecordWaste",
            "Plants.Adjust",
            "Plants.Merge",
            "Plants.ChangeLocation",
            "Plants.ChangeStrain",
            "Plants.ChangeTag",
            "Plants.Split",
            "Harvests.CreateTestingPackages", "Harvests.RecordWaste", "Harvests.Finish", "Harvests.Unfinish", "Harvests.ChangeLocation",
            "Harvests.Rename", "Harvests.RestoreHarvestedPlants", "Items.Create", "Items.Update", "Items.CreateBrands", "Items.UpdateBrands",
            "Items.UploadFiles", "Items.UploadPhotos", "Strains.Create", "Strains.Update", "Locations.Create", "Locations.Update",
            "Sublocations.Create", "Sublocations.Update", "AdditivesTemplates.Create", "AdditivesTemplates.Update",
            "ProcessingJobs.CreateJobTypes", "ProcessingJobs.UpdateJobTypes", "ProcessingJobs.Start", "ProcessingJobs.Adjust",
            "ProcessingJobs.CreatePackages", "ProcessingJobs.Finish", "ProcessingJobs.Unfinish",
            "Sales.UpdateReceipts", "Sales.FinalizeReceipts", "Sales.UnfinalizeReceipts", "Sales.CreateDeliveries", "Sales.UpdateDeliveries",
            "Sales.CompleteDeliveries", "Transfers.UpdateOutgoingTemplates", "Transfers.CreateExternalIncoming", "Transfers.UpdateExternalIncoming",
            "Transfers.ArriveAtHub", "Transfers.CheckInAtHub", "Transfers.CheckOutOfHub", "Transfers.DepartHub", "Transporters.CreateDrivers",
            "Transporters.UpdateDrivers", "Transporters.CreateVehicles", "Transporters.UpdateVehicles", "Patients.Create", "Patients.Update",
            "PatientCheckIns.Create", "PatientCheckIns.Update",
        ];
        Assert.Equal(validated.Order(), writes.Values.Where(w => w.HasRules).Select(w => w.Name).Order());
    }

    [Theory]
    [MemberData(nameof(OperationNames))]
    public async Task Each_operation_sends_its_documented_method_path_query_and_body_and_reads_the_answer(string name)
    {
        MetrcOperationInfo op = Find(name);
        using WireMockMetrc metrc = WireMockMetrc.Start(o =>
        {
            o.WebhooksBaseAddress = new Uri(o.States[MetrcState.Co].BaseAddress!, WebhookPrefix);
            o.AllowedUnlistedOperations.Add(name);
        });
        Answer(metrc, op);

        object? result = await Invoke(metrc.Client, op);

        ILogEntry request = Assert.Single(metrc.Requests);
        Assert.Equal(op.Method, request.RequestMessage.Method);
        string expectedPath = (op.IsWebhookOperation ? WebhookPrefix : "/") + FillRoute(op.Route);
        Assert.Equal(expectedPath, request.RequestMessage.Path);
        Assert.Equal(op.IsFacilityScoped ? WireMockMetrc.License : string.Empty, request.Query("licenseNumber"));
        Assert.Equal(op.Shape == MetrcCallShape.PagedList ? "1" : string.Empty, request.Query("pageNumber"));
        AssertBody(op, request);
        if (op.IsWebhookOperation)
        {
            Assert.Equal(WireMockMetrc.VendorKey, request.Header("X-Metrc-Auth"));
            Assert.Equal(string.Empty, request.Header("Authorization"));
        }
        else
        {
            Assert.StartsWith("Basic ", request.Header("Authorization"), StringComparison.Ordinal);
        }

        Assert.NotNull(result);
    }

    [Fact]
    public async Task An_operation_a_state_does_not_offer_fails_before_any_request_naming_operation_and_state()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        Assert.False(Find("ProcessingJobs.ListActive").IsOfferedIn(MetrcState.Co));

        var ex = await Assert.ThrowsAsync<MetrcOperationUnavailableException>(async () =>
        {
            await foreach (ProcessingJob _ in metrc.Client.ProcessingJobs.ListActiveAsync(WireMockMetrc.License))
            {
            }
        });

        Assert.Equal("ProcessingJobs.ListActive", ex.OperationName);
        Assert.Equal(MetrcState.Co, ex.State);
        Assert.Contains("CO", ex.Message, StringComparison.Ordinal);
        Assert.Empty(metrc.Requests);
    }

    [Fact]
    public async Task An_allowed_unlisted_operation_is_sent()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start(o => o.AllowedUnlistedOperations.Add("ProcessingJobs.ListActive"));
        metrc.Server.Given(Request.Create().WithPath("/processing/v2/active").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Data":[{"Id":5,"Name":"Extraction"}],"TotalPages":1,"TotalRecords":1}"""));

        var jobs = new List<ProcessingJob>();
        await foreach (ProcessingJob job in metrc.Client.ProcessingJobs.ListActiveAsync(WireMockMetrc.License))
        {
            jobs.Add(job);
        }

        Assert.Equal(5, Assert.Single(jobs).Id);
    }

    [Fact]
    public async Task A_delete_with_a_body_sends_the_rows_as_a_json_array_and_a_delete_by_id_sends_none()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().UsingDelete()).RespondWith(Response.Create().WithStatusCode(200));

        await metrc.Client.Plants.DestroyAsync(WireMockMetrc.License, [new DestroyPlantRequest
        {
            Label = "1A4FF0100000022000000123", WasteMethodName = "Grinder", WasteWeight = 1.5m, WasteUnitOfMeasureName = "Grams",
            WasteReasonName = "Male", ActualDate = new LocalDate(2026, 12, 1),
        }]);
        await metrc.Client.Packages.DiscontinueAsync(WireMockMetrc.License, 42);

        ILogEntry[] requests = [.. metrc.Requests.OrderBy(r => r.RequestMessage.DateTime)];
        Assert.Equal("/plants/v2", requests[0].RequestMessage.Path);
        using (JsonDocument body = JsonDocument.Parse(requests[0].RequestMessage.Body!))
        {
            Assert.Equal("1A4FF0100000022000000123", body.RootElement[0].GetProperty("Label").GetString());
        }

        Assert.Equal("/packages/v2/42", requests[1].RequestMessage.Path);
        Assert.True(string.IsNullOrEmpty(requests[1].RequestMessage.Body));
    }

    [Fact]
    public async Task A_webhook_answer_that_reports_a_failure_with_a_success_status_throws()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start(o => o.WebhooksBaseAddress = o.States[MetrcState.Co].BaseAddress!);
        metrc.Server.Given(Request.Create().WithPath("/webhooks/v2/enable/sub-1").UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"errorMessage":"Keys are locked","facilities":[{"licenseNumber":"LIC-0002","invalidPermission":true}]}"""));

        var ex = await Assert.ThrowsAsync<MetrcWebhookException>(() => metrc.Client.Webhooks.EnableAsync("sub-1"));

        Assert.Equal("Keys are locked", ex.MetrcMessage);
        Assert.Equal(["LIC-0002"], ex.FacilitiesWithoutPermission);
        Assert.DoesNotContain(WireMockMetrc.VendorKey, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_can_build_a_pageable_from_pages_or_items_for_a_fake()
    {
        MetrcPageable<int> pages = MetrcPageable.FromPages<int>([[1, 2], [3]]);
        MetrcPageable<int> items = MetrcPageable.FromItems([7, 8]);

        var all = new List<int>();
        await foreach (int i in pages)
        {
            all.Add(i);
        }

        var seen = new List<MetrcPage<int>>();
        await foreach (MetrcPage<int> page in pages.AsPages())
        {
            seen.Add(page);
        }

        Assert.Equal([1, 2, 3], all);
        Assert.Equal([1, 2], seen.Select(p => p.PageNumber));
        Assert.Equal(3, seen[0].TotalRecords);
        Assert.Equal([7, 8], (await items.GetPageAsync()).Items);
        Assert.Throws<ArgumentException>(() => MetrcPageable.FromPages<int>([null!]));
    }

    private static IEnumerable<PropertyInfo> GroupProperties() =>
        typeof(IMetrcClient).GetProperties().Where(p => p.PropertyType.Name.EndsWith("Client", StringComparison.Ordinal) && p.Name != "Batches");

    private static MetrcOperationInfo Find(string name) =>
        MetrcCatalogue.TryFind(name, out MetrcOperationInfo? op) ? op : throw new InvalidOperationException(name);

    private static void Answer(WireMockMetrc metrc, MetrcOperationInfo op)
    {
        IResponseBuilder response = Response.Create().WithStatusCode(200);
        response = op.Shape switch
        {
            MetrcCallShape.PagedList or MetrcCallShape.LookupList => response.WithBody(ListBody(op)),
            MetrcCallShape.SingleRead => response.WithBody(ItemJson(op)),
            MetrcCallShape.File => response.WithHeader("Content-Type", "application/pdf").WithBody("%PDF-1.7"),
            MetrcCallShape.RowWrite => response.WithBody("""{"Ids":[1],"Warnings":[]}"""),
            _ => response.WithBody("{}"),
        };
        metrc.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);
    }

    private static string ListBody(MetrcOperationInfo op) => $$"""{"Data":[{{ItemJson(op)}}],"Total":1,"TotalRecords":1,"PageSize":20,"RecordsOnPage":1,"Page":1,"CurrentPage":1,"TotalPages":1}""";

    private static string ItemJson(MetrcOperationInfo op)
    {
        Type type = ElementType(ReturnType(op));
        return type == typeof(string) || type.IsValueType ? "\"Value\"" : "{}";
    }

    private static Type ReturnType(MetrcOperationInfo op) => Method(op).ReturnType;

    private static Type ElementType(Type type)
    {
        while (type.IsGenericType)
        {
            type = type.GetGenericArguments()[0];
        }

        return type;
    }

    private static MethodInfo Method(MetrcOperationInfo op)
    {
        string[] parts = op.Name.Split('.');
        PropertyInfo group = typeof(IMetrcClient).GetProperty(parts[0])!;
        return group.PropertyType.GetMethod(parts[1] + "Async")!;
    }

    private static async Task<object?> Invoke(IMetrcClient client, MetrcOperationInfo op)
    {
        MethodInfo method = Method(op);
        object group = typeof(IMetrcClient).GetProperty(op.Name.Split('.')[0])!.GetValue(client)!;
        object?[] args = [.. method.GetParameters().Select(Argument)];
        object? returned = method.Invoke(group, args);
        if (returned is Task task)
        {
            await task;
            return task.GetType().GetProperty("Result")!.GetValue(task);
        }

        // A paged list: read the first page.
        MethodInfo getPage = returned!.GetType().GetMethod("GetPageAsync")!;
        var pageTask = (Task)getPage.Invoke(returned, [1, CancellationToken.None])!;
        await pageTask;
        return pageTask.GetType().GetProperty("Result")!.GetValue(pageTask);
    }

    private static object? Argument(ParameterInfo p)
    {
        Type t = p.ParameterType;
        if (p.Name == "licenseNumber")
        {
            return WireMockMetrc.License;
        }

        if (t == typeof(long))
        {
            return 7L;
        }

        if (t == typeof(string))
        {
            return "ABC123";
        }

        if (t == typeof(LocalDate) || t == typeof(LocalDate?))
        {
            return p.HasDefaultValue ? null : new LocalDate(2026, 12, 1);
        }

        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            Type row = t.GetGenericArguments()[0];
            Array rows = Array.CreateInstance(row, 1);
            rows.SetValue(Activator.CreateInstance(row), 0);
            return rows;
        }

        if (p.HasDefaultValue)
        {
            return t == typeof(CancellationToken) ? CancellationToken.None : null;
        }

        return Activator.CreateInstance(t);
    }

    private static void AssertBody(MetrcOperationInfo op, ILogEntry request)
    {
        string? body = request.RequestMessage.Body;
        switch (op.Shape)
        {
            case MetrcCallShape.RowWrite:
                using (JsonDocument doc = JsonDocument.Parse(body!))
                {
                    Assert.Equal(JsonValueKind.Array, doc.RootElement.ValueKind);
                    Assert.Equal(1, doc.RootElement.GetArrayLength());
                    Assert.Equal(JsonValueKind.Object, doc.RootElement[0].ValueKind);
                }

                break;
            case MetrcCallShape.Send:
                using (JsonDocument doc = JsonDocument.Parse(body!))
                {
                    Assert.Contains(doc.RootElement.ValueKind, new[] { JsonValueKind.Object, JsonValueKind.Array });
                }

                break;
            default:
                Assert.True(string.IsNullOrEmpty(body), $"{op.Name} sent a body: {body}");
                break;
        }
    }

    private static string FillRoute(string route)
    {
        var sb = new System.Text.StringBuilder();
        int i = 0;
        while (i < route.Length)
        {
            int open = route.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(route, i, route.Length - i);
                break;
            }

            int close = route.IndexOf('}', open);
            sb.Append(route, i, open - i).Append(route[(open + 1)..close] == "id" ? "7" : "ABC123");
            i = close + 1;
        }

        return sb.ToString();
    }
}
