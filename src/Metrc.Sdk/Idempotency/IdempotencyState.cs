namespace Metrc.Sdk.Idempotency;

/// <summary>Where a write stands in the idempotency ledger.</summary>
public enum IdempotencyState
{
    /// <summary>Intent recorded; the write was (or is being) sent and no answer was recorded yet.</summary>
    InFlight = 0,

    /// <summary>Metrc accepted the write; its result is recorded and replays return it without sending.</summary>
    Completed = 1,

    /// <summary>
    /// The answer was lost and could not be checked (the write has no natural key, or reading its rows back failed). A write
    /// with natural keys is read back before anything is sent again; one without is never resent automatically.
    /// </summary>
    OutcomeUnknown = 2,
}
