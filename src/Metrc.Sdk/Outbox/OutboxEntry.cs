using Metrc.Sdk.Models;

namespace Metrc.Sdk.Outbox;

/// <summary>A write waiting in (or gone through) the outbox.</summary>
public sealed record OutboxEntry
{
    /// <summary>The entry's id (increasing in enqueue order).</summary>
    public long Id { get; init; }

    /// <summary>The state the write is for.</summary>
    public MetrcState State { get; init; }

    /// <summary>The facility the write is for; entries of one facility are sent in enqueue order.</summary>
    public required string LicenseNumber { get; init; }

    /// <summary>The operation name (for example <c>PlantBatches.CreatePlantings</c>).</summary>
    public required string Operation { get; init; }

    /// <summary>The write's operation key; enqueuing the same key again returns this entry.</summary>
    public required string OperationKey { get; init; }

    /// <summary>The rows as a JSON array.</summary>
    public required string Payload { get; init; }

    /// <summary>How many rows <see cref="Payload"/> holds.</summary>
    public int RowCount { get; init; }

    /// <summary>Where the entry stands.</summary>
    public OutboxEntryStatus Status { get; init; }

    /// <summary>How many times sending was started.</summary>
    public int Attempts { get; init; }

    /// <summary>When the entry was enqueued.</summary>
    public DateTimeOffset EnqueuedAt { get; init; }

    /// <summary>When the entry last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When a pending entry is due (after a backoff).</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>When an in-flight claim expires (a drainer that died leaves its claim to expire).</summary>
    public DateTimeOffset? LeaseExpiresAt { get; init; }

    /// <summary>The last error, for failed, retried and dead-lettered entries.</summary>
    public string? LastError { get; init; }

    /// <summary>Metrc's row errors when it rejected rows.</summary>
    public IReadOnlyList<MetrcRowError> RowErrors { get; init; } = [];

    /// <summary>Metrc's answer once succeeded.</summary>
    public MetrcWriteResult? Result { get; init; }

    /// <summary>Who approved or rejected the entry, when reviewed.</summary>
    public string? ReviewedBy { get; init; }

    /// <summary>The reviewer's note.</summary>
    public string? ReviewNote { get; init; }
}
