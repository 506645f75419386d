using System.Globalization;
using System.Text.Json;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Endpoints;
using Metrc.Sdk.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Metrc.Sdk.Testing.Webhooks;

/// <summary>
/// Metrc's webhook host: subscriptions kept in memory. Like Metrc, a failure (an unknown subscription, an invalid row)
/// is answered with status 200 and an <c>errorMessage</c>; a facility the emulator does not know is reported with
/// <c>invalidPermission</c>.
/// </summary>
internal sealed class WebhookRoutes(EmulatorStore store, EmulatorWriteLog log)
{
    private static readonly HashSet<string> s_objectTypes = new(StringComparer.Ordinal)
    {
        "Employee", "Facility", "Harvest", "Item", "ItemCategory", "LabTestBatch", "LabTestType", "Location", "LocationType", "Package",
        "Plant", "PlantBatch", "ProcessingJob", "SalesDelivery", "SalesReceipt", "Strain", "Transfer", "TransferTemplate", "UnitOfMeasure",
    };

    private static readonly JsonSerializerOptions s_json = new(EmulatorJson.Options) { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly Lock _lock = new();
    private readonly List<Subscription> _subscriptions = [];
    private int _nextId;

    public void Register(EmulatorRoutes routes)
    {
        routes.Handle("Webhooks.List", ListAsync);
        routes.Handle("Webhooks.Upsert", UpsertAsync);
        routes.Handle("Webhooks.Enable", ctx => ChangeAsync(ctx, s => s.Status = "Active"));
        routes.Handle("Webhooks.Disable", ctx => ChangeAsync(ctx, s => s.Status = "Inactive"));
        routes.Handle("Webhooks.Delete", ctx => ChangeAsync(ctx, s => _subscriptions.Remove(s)));
    }

    private static Task WriteAsync<T>(HttpContext context, T value)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, value, s_json, context.RequestAborted);
    }

    private Task ListAsync(HttpContext context)
    {
        List<SubscriptionBody> list;
        lock (_lock)
        {
            list = _subscriptions.Select(s => s.ToBody()).ToList();
        }

        return WriteAsync(context, list);
    }

    private async Task UpsertAsync(HttpContext context)
    {
        List<JsonElement>? rows = await GenericHandlers.ReadObjectRowsAsync(context).ConfigureAwait(false);
        if (rows is null)
        {
            return;
        }

        var requests = new List<UpsertRow>(rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            UpsertRow? row = rows[i].Deserialize<UpsertRow>(s_json);
            string? problem = row switch
            {
                null => "is empty",
                { ObjectType: var type } when type is null || !s_objectTypes.Contains(type) => $"has an unknown objectType '{row.ObjectType}'",
                { Url: var url } when !Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || uri.Scheme != Uri.UriSchemeHttps => "needs an https url",
                { Verb: not ("PUT" or "POST") } => "needs verb PUT or POST",
                _ => null,
            };
            if (problem is not null)
            {
                await WriteAsync(context, new ResultBody(null, $"Subscription {i} {problem}.", [])).ConfigureAwait(false);
                return;
            }

            requests.Add(row!);
        }

        HashSet<string> known;
        lock (store.Lock)
        {
            known = store.Data.States.Values.SelectMany(s => s.Facilities.Keys).ToHashSet(StringComparer.Ordinal);
        }

        var facilities = new List<FacilityBody>();
        string? lastId = null;
        lock (_lock)
        {
            foreach (UpsertRow row in requests)
            {
                List<string> requested = row.FacilityLicenseNumbers ?? [];
                facilities.AddRange(requested.Select(l => new FacilityBody(l, !known.Contains(l))));
                Subscription? existing = _subscriptions.Find(s => s.ObjectType == row.ObjectType && s.Url == row.Url);
                if (existing is null)
                {
                    existing = new Subscription { Id = "sub-" + (++_nextId).ToString("D6", CultureInfo.InvariantCulture), ObjectType = row.ObjectType!, Url = row.Url! };
                    _subscriptions.Add(existing);
                }

                existing.Verb = row.Verb!;
                existing.Status = row.Status ?? "Active";
                existing.Template = row.Template;
                existing.Facilities = requested.Where(known.Contains).ToList();
                lastId = existing.Id;
            }
        }

        log.Record(context, rows);
        await WriteAsync(context, new ResultBody(lastId, null, facilities)).ConfigureAwait(false);
    }

    private Task ChangeAsync(HttpContext context, Action<Subscription> change)
    {
        string id = EmulatorRoutes.Key(context);
        bool found;
        lock (_lock)
        {
            Subscription? subscription = _subscriptions.Find(s => s.Id == id);
            found = subscription is not null;
            if (subscription is not null)
            {
                change(subscription);
            }
        }

        if (found)
        {
            log.Record(context, []);
        }

        return WriteAsync(context, new ResultBody(id, found ? null : $"Subscription '{id}' was not found.", []));
    }

    private sealed record UpsertRow(string? ObjectType, string? Url, string? Verb, string? Status, string? Template, List<string>? FacilityLicenseNumbers);

    private sealed record SubscriptionBody(string SubscriptionId, string ObjectType, string Url, string Verb, string Status, string? Template, List<string> FacilityLicenseNumbers);

    private sealed record ResultBody(string? SubscriptionId, string? ErrorMessage, List<FacilityBody> Facilities);

    private sealed record FacilityBody(string LicenseNumber, bool InvalidPermission);

    private sealed class Subscription
    {
        public required string Id { get; init; }

        public required string ObjectType { get; init; }

        public required string Url { get; init; }

        public string Verb { get; set; } = "POST";

        public string Status { get; set; } = "Active";

        public string? Template { get; set; }

        public List<string> Facilities { get; set; } = [];

        public SubscriptionBody ToBody() => new(Id, ObjectType, Url, Verb, Status, Template, [.. Facilities]);
    }
}
