using Metrc.Sdk.Diagnostics;
using Metrc.Sdk.Idempotency;
using Metrc.Sdk.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Metrc.Sdk.Outbox;

/// <summary>
/// Sends outbox entries: per facility one at a time in enqueue order, several facilities at once. Transient failures
/// (Metrc or the network down, 5xx, 429, timeouts) back off and retry until <see cref="MetrcOutboxOptions.MaxAge"/>;
/// rejected rows and unknown outcomes wait for a person. Every send goes through the idempotency ledger, so an entry
/// interrupted by a crash is reconciled, not resent.
/// </summary>
/// <remarks>
/// Call <see cref="DrainOnceAsync"/> from your own loop or job, or <see cref="RunAsync"/> until cancelled; in a generic
/// host, <c>AddOutboxHostedService()</c> from the <c>Metrc.Sdk.Hosting</c> package runs it as a hosted service.
/// </remarks>
public sealed class MetrcOutboxDrainer
{
    private readonly IMetrcOutboxStore _store;
    private readonly IMetrcClientFactory _clients;
    private readonly OutboxOperationRegistry _registry;
    private readonly IdempotentWriter _writer;
    private readonly MetrcOutboxOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    internal MetrcOutboxDrainer(
        IMetrcOutboxStore store,
        IIdempotencyLedger ledger,
        IMetrcClientFactory clients,
        OutboxOperationRegistry registry,
        IOptions<MetrcOutboxOptions> options,
        TimeProvider time,
        ILogger<MetrcOutboxDrainer> logger)
    {
        _store = store;
        _clients = clients;
        _registry = registry;
        _writer = new IdempotentWriter(ledger, time);
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Sends every entry that is due now; returns how many entries were processed.</summary>
    /// <param name="cancellationToken">Stops claiming new entries; entries being sent are put back to pending.</param>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken = default)
    {
        int processed = 0;
        var running = new List<Task>();
        try
        {
            while (true)
            {
                while (running.Count < _options.MaxConcurrentFacilities && !cancellationToken.IsCancellationRequested)
                {
                    OutboxEntry? entry = await _store.ClaimNextAsync(_time.GetUtcNow(), _options.Lease, cancellationToken).ConfigureAwait(false);
                    if (entry is null)
                    {
                        break;
                    }

                    processed++;
                    running.Add(ProcessAsync(entry, cancellationToken));
                }

                if (running.Count == 0)
                {
                    return processed;
                }

                Task done = await Task.WhenAny(running).ConfigureAwait(false);
                running.Remove(done);
                await done.ConfigureAwait(false);
            }
        }
        finally
        {
            await Task.WhenAll(running).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Drains until <paramref name="stoppingToken"/> is cancelled: sends what is due, then waits
    /// <see cref="MetrcOutboxOptions.PollInterval"/> when nothing was. A failing store is logged and retried, never fatal.
    /// </summary>
    /// <param name="stoppingToken">Stops the loop; entries being sent are put back to pending.</param>
    /// <returns>A task that completes when the loop has stopped.</returns>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int processed;
            try
            {
                processed = await DrainOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The store itself failed (disk, lock timeout): keep the service alive and try again.
                Log.OutboxDrainFailed(_logger, ex);
                processed = 0;
            }

            if (processed == 0)
            {
                try
                {
                    await Task.Delay(_options.PollInterval, _time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ProcessAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        await Task.Yield();
        if (!_registry.TryGet(entry.Operation, out OutboxOperation operation))
        {
            await FinishAsync(entry, OutboxEntryStatus.Failed,
                e => e with { LastError = $"Unknown outbox operation '{entry.Operation}': register it in MetrcOutboxOptions.Operations." }).ConfigureAwait(false);
            return;
        }

        try
        {
            IMetrcClient client = _clients.Create(entry.State);
            MetrcWriteResult result = await operation.ExecuteAsync(client, _writer, entry, cancellationToken).ConfigureAwait(false);
            await FinishAsync(entry, OutboxEntryStatus.Succeeded, e => e with { Result = result, LastError = null, RowErrors = [] }).ConfigureAwait(false);
            Log.OutboxEntrySent(_logger, entry.Id, entry.Operation, entry.LicenseNumber, entry.RowCount);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: back to pending so the next start picks it up at once; the ledger still knows it was begun.
            await FinishAsync(entry, OutboxEntryStatus.Pending, e => e with { NextAttemptAt = null }).ConfigureAwait(false);
        }
        catch (MetrcValidationException ex)
        {
            await FinishAsync(entry, OutboxEntryStatus.Failed, e => e with { LastError = ex.Message, RowErrors = ex.RowErrors }).ConfigureAwait(false);
            Log.OutboxEntryFailed(_logger, entry.Id, entry.Operation, entry.LicenseNumber, ex.Message);
        }
        catch (Exception ex) when (IsTransient(ex))
        {
            DateTimeOffset now = _time.GetUtcNow();
            if (now - entry.EnqueuedAt >= _options.MaxAge)
            {
                await FinishAsync(entry, OutboxEntryStatus.DeadLettered, e => e with { LastError = ex.Message }).ConfigureAwait(false);
                Log.OutboxEntryDeadLettered(_logger, entry.Id, entry.Operation, entry.LicenseNumber, ex.Message);
                return;
            }

            TimeSpan delay = Backoff(entry.Attempts);
            await FinishAsync(entry, OutboxEntryStatus.Pending, e => e with { LastError = ex.Message, NextAttemptAt = now + delay }).ConfigureAwait(false);
            Log.OutboxEntryRetrying(_logger, entry.Id, entry.Operation, entry.LicenseNumber, delay.TotalSeconds, ex.Message);
        }
        catch (Exception ex) when (ex is MetrcException or System.Text.Json.JsonException or ArgumentException)
        {
            // Outcome unknown, auth/permission refused, or a payload that cannot be read: a person decides.
            // A partly applied write keeps its row errors; the ledger knows which rows exist, so a requeue sends only the rest.
            IReadOnlyList<MetrcRowError> rowErrors = (ex as MetrcException)?.RowErrors ?? [];
            await FinishAsync(entry, OutboxEntryStatus.Failed, e => e with { LastError = ex.Message, RowErrors = rowErrors }).ConfigureAwait(false);
            Log.OutboxEntryFailed(_logger, entry.Id, entry.Operation, entry.LicenseNumber, ex.Message);
        }
    }

    internal static bool IsTransient(Exception exception) => exception switch
    {
        MetrcTransportException or MetrcServerException or MetrcRateLimitedException or MetrcResponseFormatException => true,
        MetrcBatchException { InnerException: { } cause } => IsTransient(cause), // a later chunk failed transiently
        MetrcOutcomeUnknownException { InnerException: { } cause } => IsTransient(cause), // lost answer: the next attempt reconciles first
        _ => false,
    };

    private TimeSpan Backoff(int attempts)
    {
        double factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        double seconds = Math.Min(_options.MaxBackoff.TotalSeconds, _options.InitialBackoff.TotalSeconds * factor);
        return TimeSpan.FromSeconds(seconds * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }

    private async Task FinishAsync(OutboxEntry entry, OutboxEntryStatus status, Func<OutboxEntry, OutboxEntry> change)
    {
        OutboxEntry? updated = await _store.UpdateAsync(entry.Id, OutboxEntryStatus.InFlight,
            e => change(e) with { Status = status, LeaseExpiresAt = null, UpdatedAt = _time.GetUtcNow() }, CancellationToken.None).ConfigureAwait(false);
        if (updated is null)
        {
            // Our lease expired and another drainer took the entry over; it reconciles through the ledger.
            Log.OutboxLeaseLost(_logger, entry.Id);
        }
    }
}
