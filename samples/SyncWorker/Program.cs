// A worker process that drains a durable Metrc outbox (SQLite) in the background: the "offline mode" host.
// Entries are enqueued by any process sharing the database file (an app, a scanner station, a test).
//
//   dotnet run --project samples/SyncWorker -- --db outbox.db --state co --base-address http://127.0.0.1:5055/co/ \
//       --vendor-key <key> --user-key <key> [--until-empty]
//
// --until-empty exits 0 once no entry is pending or in flight (used by the crash-recovery test, which kills this
// process with SIGKILL at random moments and starts it again).
using Metrc.Sdk;
using Metrc.Sdk.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

Dictionary<string, string> options = ParseArguments(args);
string Required(string name) => options.TryGetValue(name, out string? value) && value.Length > 0
    ? value
    : throw new ArgumentException($"--{name} is required. Usage: --db FILE --state XX --base-address URL --vendor-key KEY --user-key KEY [--until-empty]");

string database = Required("db");
if (!MetrcStates.TryParse(Required("state"), out MetrcState state))
{
    Console.Error.WriteLine($"Unknown state '{options["state"]}'.");
    return 2;
}

var credentials = new MetrcCredentials(Required("vendor-key"), Required("user-key"));
var baseAddress = new Uri(Required("base-address"));
bool untilEmpty = options.ContainsKey("until-empty");

HostApplicationBuilder builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Metrc.Sdk.Outbox", LogLevel.Information);
builder.Services
    .AddMetrcClient(o =>
    {
        o.States[state] = new MetrcStateOptions { BaseAddress = baseAddress };
        o.AttemptTimeout = TimeSpan.FromSeconds(10);
    })
    .AddCredentialProvider(new StaticMetrcCredentialProvider(credentials))
    .AddOutbox(o =>
    {
        o.PollInterval = TimeSpan.FromMilliseconds(200);
        o.InitialBackoff = TimeSpan.FromMilliseconds(200);
        o.MaxBackoff = TimeSpan.FromSeconds(2);
        o.Lease = TimeSpan.FromSeconds(3);
    })
    .UseSqliteOutbox($"Data Source={database}")
    .AddOutboxHostedService();

using IHost host = builder.Build();
if (!untilEmpty)
{
    await host.RunAsync();
    return 0;
}

await host.StartAsync();
IMetrcOutbox outbox = host.Services.GetRequiredService<IMetrcOutbox>();
while (true)
{
    IReadOnlyList<OutboxEntry> open = await outbox.QueryAsync(OutboxQuery.ByStatus(OutboxEntryStatus.Pending, OutboxEntryStatus.InFlight));
    if (open.Count == 0)
    {
        break;
    }

    await Task.Delay(200);
}

await host.StopAsync();
Console.WriteLine("outbox drained");
return 0;

static Dictionary<string, string> ParseArguments(string[] args)
{
    var parsed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    for (int i = 0; i < args.Length; i++)
    {
        if (!args[i].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Unexpected argument '{args[i]}'.");
        }

        string name = args[i][2..];
        bool hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
        parsed[name] = hasValue ? args[++i] : string.Empty;
    }

    return parsed;
}
