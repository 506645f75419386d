using Metrc.Sdk;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using Metrc.Sdk.MyTrace;
using Metrc.Sdk.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Types the snippets name as stand-ins for the reader's own code. Global namespace, so snippets see them unqualified.
#pragma warning disable CA1050 // Declare types in namespaces: snippets refer to these by their bare names.
#pragma warning disable CA1822 // Mark members as static: snippets call them on instances.

/// <summary>
/// The names every documentation snippet may use without declaring them: what the surrounding text says the reader
/// already has (an injected client, a licence number, rows to write, a service collection, ...). A snippet is compiled
/// as a C# script with an instance of this class as its globals; the blocks of one page are compiled in order, so a
/// block sees what the blocks above it declared. Only compiled, never run: values are placeholders.
/// </summary>
public sealed class SnippetGlobals
{
    public IServiceCollection services { get; } = new ServiceCollection();

    public IConfiguration config { get; } = new ConfigurationBuilder().Build();

    public HostApplicationBuilder builder { get; } = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());

    public Microsoft.AspNetCore.Builder.WebApplication app { get; } = null!;

    public IMetrcClient metrc { get; } = null!;

    public IMetrcClient client { get; } = null!;

    public IMetrcClient metrcClient { get; } = null!;

    public IMetrcOutbox outbox { get; } = null!;

    public string license { get; } = "LIC-0001";

    public string licenseNumber { get; } = "LIC-0001";

    public string vendorKey { get; } = "vendor";

    public string userKey { get; } = "user";

    public string ticketId { get; } = "T-1";

    public CreatePlantingsRequest[] plantings { get; } = [];

    public CreatePackageRequest[] rows { get; } = [];

    public CreateSalesReceiptRequest[] receipts { get; } = [];

    public Metrc.Sdk.Sync.ISyncSink sink { get; } = null!;

    public CancellationToken ct { get; }

    public CancellationToken cancellationToken { get; }

    public ProgressBar bar { get; } = new();

    public Checkpoint checkpoint { get; } = new();

    public IProgress<MyTraceImportProgress>? progress { get; }

    public MyTraceSalesOrder order { get; } = null!;

    public MyTraceAccount account { get; } = null!;

    public string[] selectedAccounts { get; } = [];

    public IReadOnlyDictionary<string, MetrcTagInfo> myTags { get; } = new Dictionary<string, MetrcTagInfo>();

    public IReadOnlyDictionary<string, PlantGrowthPhase> myPlants { get; } = new Dictionary<string, PlantGrowthPhase>();

    public IReadOnlyDictionary<string, MetrcPackageInfo> myPackages { get; } = new Dictionary<string, MetrcPackageInfo>();

    public IReadOnlyDictionary<string, QuantityKind> myItems { get; } = new Dictionary<string, QuantityKind>();

    public async IAsyncEnumerable<CreatePlantingsRequest> ReadPlantingsAsync()
    {
        await Task.Yield();
        yield break;
    }
}

/// <summary>A progress bar of the reader's UI.</summary>
public sealed class ProgressBar
{
    public int Value { get; set; }
}

/// <summary>Where the reader stores how far a paged read got.</summary>
public sealed class Checkpoint
{
    public void Save(int pageNumber) => _ = pageNumber;
}

/// <summary>The reader's secret store.</summary>
public interface ISecretStore
{
    ValueTask<string> GetAsync(string name, CancellationToken cancellationToken);
}

/// <summary>The reader's own lifecycle snapshot provider.</summary>
public sealed class MySnapshotProvider : IMetrcLifecycleSnapshotProvider
{
    public ValueTask<MetrcLifecycleSnapshot?> GetSnapshotAsync(MetrcState state, string licenseNumber, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<MetrcLifecycleSnapshot?>(null);
}

/// <summary>The reader's own store that synced records go to.</summary>
public sealed class MyStore : Metrc.Sdk.Sync.ISyncSink
{
    public ValueTask HandleAsync(Metrc.Sdk.Sync.SyncBatch batch, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
