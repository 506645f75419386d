using Microsoft.Extensions.Hosting;

namespace Metrc.Sdk.Outbox;

/// <summary>Runs <see cref="MetrcOutboxDrainer.RunAsync"/> for the lifetime of the host.</summary>
internal sealed class MetrcOutboxHostedService(MetrcOutboxDrainer drainer) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => drainer.RunAsync(stoppingToken);
}
