// Sync-down against the bundled emulator, start to finish, with nothing to set up:
//
//   dotnet run --project samples/SyncDown
//
// 1. a first (full) sync of one facility into a sink, progress kept in a SQLite file;
// 2. a change made through the SDK, then an incremental run that delivers exactly that change;
// 3. an on-demand refresh of packages for the last 3 days (3 windows);
// 4. a webhook callback received over loopback and handed to the same sink, deduplicated against the pull.
using System.CommandLine;
using System.Net;
using System.Text;
using Metrc.Sdk;
using Metrc.Sdk.AspNetCore;
using Metrc.Sdk.Models;
using Metrc.Sdk.Samples;
using Metrc.Sdk.Sync;
using Metrc.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

var command = new RootCommand("Sync-down against the bundled emulator: a first sync, an incremental run, a refresh and a webhook callback, all into one sink.");
command.SetAction((_, _) => DemoAsync());
return await SampleCli.RunAsync(command, args);

async Task<int> DemoAsync()
{
    await using MetrcEmulator emulator = await MetrcEmulator.StartAsync();
    EmulatedFacility facility = emulator.Facilities[0];
    emulator.AddPackages(facility.State, facility.LicenseNumber, 120, DateTimeOffset.UtcNow.AddDays(-5), DateTimeOffset.UtcNow.AddMinutes(-30));

    await using var factory = new MetrcClientFactory(o => o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = emulator.BaseAddress });
    IMetrcClient client = factory.Create(MetrcState.Co, new MetrcCredentials(emulator.VendorKey, facility.UserKey));

    string database = Path.Combine(Path.GetTempPath(), $"syncdown-{Guid.NewGuid():N}.db");
    // No safety lag in this demo so the change made a moment ago is pulled at once (production default: 2 minutes).
    var sync = new MetrcSync(new SqliteSyncCheckpointStore($"Data Source={database}"), new MetrcSyncOptions { SafetyLag = TimeSpan.Zero });
    var store = new ConsoleSink();
    var sink = new DeduplicatingSyncSink(store);

    Console.WriteLine("1. First sync (whole lists):");
    Print(await sync.RunAsync(client, facility.LicenseNumber, sink));

    Console.WriteLine("2. A change through the SDK, then the next incremental run:");
    string label = facility.SeededPackages[0];
    await client.Packages.AdjustAsync(facility.LicenseNumber, [new AdjustPackageRequest
    {
        Label = label, Quantity = -1, UnitOfMeasure = "Grams", AdjustmentReason = "Drying", AdjustmentDate = SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["America/Denver"]).Date, // facility-local date
    }]);
    Print(await sync.RunAsync(client, facility.LicenseNumber, sink));

    Console.WriteLine("3. Refresh packages for the last 3 days:");
    long before = store.Records;
    Print(await sync.RunRefreshAsync(client, facility.LicenseNumber, sink, [MetrcSyncSections.Get("packages.active")], days: 3));
    Console.WriteLine($"   of which new to the application: {store.Records - before} (the rest were versions it already had; DeduplicatingSyncSink dropped them)");

    Console.WriteLine("4. A webhook callback on loopback:");
    string secret = MetrcWebhookSecrets.Create();
    WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
    builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
    builder.Logging.ClearProviders();
    builder.Services.AddRouting();
    builder.Services.AddSingleton<ISyncSink>(sink);
    builder.Services.AddMetrcWebhooks(o =>
    {
        var endpoint = new MetrcWebhookEndpoint { Name = "packages", ObjectType = "Package", LicenseNumber = facility.LicenseNumber };
        endpoint.Secrets.Add(secret);
        o.Endpoints.Add(endpoint);
    });
    await using WebApplication app = builder.Build();
    app.MapMetrcWebhooks();
    await app.StartAsync();
    Uri root = new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    using var http = new HttpClient { BaseAddress = root };

    // What Metrc would send for a package that changed: the same shape as the API's read.
    Package changed = await client.Packages.GetByLabelAsync(facility.LicenseNumber, label);
    string body = $$"""{"data":[{"Id":{{changed.Id}},"Label":"{{changed.Label}}","Quantity":{{changed.Quantity}},"LastModified":"{{NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Format(changed.LastModified!.Value)}}"}],"datacount":1}""";
    foreach (string path in new[] { $"/metrc/webhooks/packages/{secret}", "/metrc/webhooks/packages/guessed-secret-0000000000" })
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await http.PostAsync(path, content);
        Console.WriteLine($"   POST {(path.Contains(secret, StringComparison.Ordinal) ? "with the registered secret" : "with a guessed secret")}: {(int)response.StatusCode}");
    }

    Console.WriteLine($"   the application received {store.Records} records in all: the callback repeated the version pulled in step 2, so it was dropped");
    await app.StopAsync();
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    File.Delete(database);
    return 0;
}

static void Print(SyncRunResult result)
{
    foreach (SyncSectionResult s in result.Sections.Where(s => s.Delivered > 0 || !s.Succeeded))
    {
        Console.WriteLine($"   {s.Section,-22} {s.Delivered,5} records, {s.Windows} windows, {s.Pages} pages{(s.Succeeded ? string.Empty : " FAILED: " + s.Error!.Message)}");
    }

    Console.WriteLine($"   total {result.Delivered} records");
}

internal sealed class ConsoleSink : ISyncSink
{
    public long Records { get; private set; }

    public ValueTask HandleAsync(SyncBatch batch, CancellationToken cancellationToken)
    {
        Records += batch.Count;
        if (batch.Source == SyncSource.Webhook)
        {
            Console.WriteLine($"   sink: {batch.Count} {batch.Section} record(s) from a webhook");
        }

        return ValueTask.CompletedTask;
    }
}
