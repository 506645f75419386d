// OutboxDrain: a worker process that drains a durable Metrc outbox (SQLite) in the background, the "offline mode" host.
// Entries are enqueued by any process sharing the database file (an app, a scanner station, a test).
//
//   dotnet run --project samples/OutboxDrain
//       demo: enqueues writes into a temporary outbox and drains them into the bundled emulator, then exits
//   dotnet run --project samples/OutboxDrain -- --db outbox.db --state co --license LIC-0001 [--until-empty]
//       drains outbox.db into Colorado's Metrc (keys: METRC_VENDOR_KEY, METRC_USER_KEY or user secrets) until Ctrl+C
//
// --until-empty exits 0 once no entry is pending or in flight (the crash-recovery test kills this process with SIGKILL
// at random moments and starts it again).
using System.CommandLine;
using Metrc.Sdk;
using Metrc.Sdk.Models;
using Metrc.Sdk.Outbox;
using Metrc.Sdk.Samples;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var target = new MetrcTargetOptions();
var database = new Option<FileInfo?>("--db") { Description = "The outbox's SQLite file. Default: a temporary file (emulator), metrc-outbox.db (--state)." };
var untilEmpty = new Option<bool>("--until-empty") { Description = "Exit once nothing is pending or in flight (always on with the emulator)." };
var entries = SampleCli.Positive("--entries", "Emulator demo: how many writes to enqueue before draining.", 20);
var command = new RootCommand("Drains a durable Metrc outbox (SQLite) in a generic host: the background worker of offline mode.")
{
    database, untilEmpty, entries,
};
target.AddTo(command);
command.SetAction((parse, cancellationToken) => RunAsync(parse, cancellationToken));
return await SampleCli.RunAsync(command, args);

async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
{
    await using MetrcTarget metrc = await target.ResolveAsync(parse, cancellationToken: cancellationToken);
    bool demo = metrc.Emulator is not null;
    string file = parse.GetValue(database)?.FullName ?? (demo ? Path.Combine(Path.GetTempPath(), $"metrc-outbox-{Guid.NewGuid():N}.db") : "metrc-outbox.db");
    try
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Metrc.Sdk.Outbox", demo ? LogLevel.Warning : LogLevel.Information);
        builder.Services
            .AddMetrcClient(o =>
            {
                metrc.Configure(o);
                o.AttemptTimeout = TimeSpan.FromSeconds(10);
            })
            .AddCredentialProvider(new StaticMetrcCredentialProvider(metrc.Credentials))
            .AddOutbox(o =>
            {
                o.PollInterval = TimeSpan.FromMilliseconds(200);
                o.InitialBackoff = TimeSpan.FromMilliseconds(200);
                o.MaxBackoff = TimeSpan.FromSeconds(2);
                o.Lease = TimeSpan.FromSeconds(3);
            })
            .UseSqliteOutbox($"Data Source={file}")
            .AddOutboxHostedService();

        using IHost host = builder.Build();
        IMetrcOutbox outbox = host.Services.GetRequiredService<IMetrcOutbox>();
        if (demo)
        {
            await EnqueueDemoAsync(outbox, metrc, host.Services.GetRequiredService<IMetrcClientFactory>(), parse.GetValue(entries), cancellationToken);
        }

        Console.WriteLine($"Draining {file} into {metrc}");
        if (!demo && !parse.GetValue(untilEmpty))
        {
            await host.RunAsync(cancellationToken);
            return 0;
        }

        await host.StartAsync(cancellationToken);
        while ((await outbox.QueryAsync(OutboxQuery.ByStatus(OutboxEntryStatus.Pending, OutboxEntryStatus.InFlight), cancellationToken)).Count > 0)
        {
            await Task.Delay(200, cancellationToken);
        }

        await host.StopAsync(CancellationToken.None);
        IReadOnlyList<OutboxEntry> succeeded = await outbox.QueryAsync(OutboxQuery.ByStatus(OutboxEntryStatus.Succeeded) with { Limit = 100_000 }, cancellationToken);
        IReadOnlyList<OutboxEntry> stuck = await outbox.QueryAsync(
            OutboxQuery.ByStatus(OutboxEntryStatus.Failed, OutboxEntryStatus.DeadLettered) with { Limit = 100_000 }, cancellationToken);
        Console.WriteLine($"outbox drained: {succeeded.Count} succeeded, {stuck.Count} waiting for a person");
        return stuck.Count == 0 ? 0 : 1;
    }
    finally
    {
        if (demo && parse.GetValue(database) is null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}

static async Task EnqueueDemoAsync(IMetrcOutbox outbox, MetrcTarget metrc, IMetrcClientFactory clients, int count, CancellationToken cancellationToken)
{
    NodaTime.LocalDate today = clients.Create(metrc.State, metrc.Credentials).Clock.GetToday(metrc.License);
    for (int i = 1; i <= count; i++)
    {
        await outbox.EnqueueAsync(metrc.State, metrc.License, MetrcOutboxOperations.PlantBatches.CreatePlantings,
            [new CreatePlantingsRequest { Name = $"Offline Batch {i:D4}", Type = "Clone", Count = 5, Strain = "Blue Dream", Location = "Veg Room", ActualDate = today }],
            cancellationToken: cancellationToken);
    }

    Console.WriteLine($"Enqueued {count} plantings while \"offline\".");
}
