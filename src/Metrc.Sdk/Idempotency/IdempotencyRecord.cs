using Metrc.Sdk.Models;

namespace Metrc.Sdk.Idempotency;

/// <summary>One write as the idempotency ledger knows it.</summary>
public sealed record IdempotencyRecord
{
    /// <summary>The write's operation key.</summary>
    public required string OperationKey { get; init; }

    /// <summary>The operation name (for example <c>Packages.Create</c>).</summary>
    public required string Operation { get; init; }

    /// <summary>The facility the write is for.</summary>
    public required string LicenseNumber { get; init; }

    /// <summary>Where the write stands.</summary>
    public required IdempotencyState State { get; init; }

    /// <summary>How many times sending was started (1 for a write sent once).</summary>
    public int Attempts { get; init; }

    /// <summary>Metrc's answer, when <see cref="State"/> is <see cref="IdempotencyState.Completed"/>.</summary>
    public MetrcWriteResult? Result { get; init; }

    /// <summary>Why the outcome is unknown, when it is.</summary>
    public string? LastError { get; init; }

    /// <summary>When intent was first recorded.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the record last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
