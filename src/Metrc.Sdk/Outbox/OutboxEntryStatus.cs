namespace Metrc.Sdk.Outbox;

/// <summary>Where an outbox entry stands. <see cref="OutboxTransitions"/> lists the allowed moves.</summary>
public enum OutboxEntryStatus
{
    /// <summary>Waiting for an approver (review queue); not sent until approved.</summary>
    PendingReview = 0,

    /// <summary>Queued; sent when due (immediately, or after a backoff following a transient failure).</summary>
    Pending = 1,

    /// <summary>Claimed by a drainer and being sent. A crashed drainer's claim expires and the entry is reconciled, not resent blindly.</summary>
    InFlight = 2,

    /// <summary>Accepted by Metrc (final).</summary>
    Succeeded = 3,

    /// <summary>Rejected by Metrc (row errors), refused for auth, or outcome unknown: needs a person. Requeue or cancel.</summary>
    Failed = 4,

    /// <summary>Kept failing transiently past the age limit. Requeue or cancel.</summary>
    DeadLettered = 5,

    /// <summary>Rejected by a reviewer (final).</summary>
    Rejected = 6,

    /// <summary>Canceled before it was sent (final).</summary>
    Canceled = 7,
}
