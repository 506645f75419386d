namespace Metrc.Sdk.Outbox;

/// <summary>The outbox state machine: every allowed status change, and nothing else.</summary>
public static class OutboxTransitions
{
    /// <summary>Whether an entry may move from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool IsAllowed(OutboxEntryStatus from, OutboxEntryStatus to) => (from, to) switch
    {
        (OutboxEntryStatus.PendingReview, OutboxEntryStatus.Pending or OutboxEntryStatus.Rejected or OutboxEntryStatus.Canceled) => true,
        (OutboxEntryStatus.Pending, OutboxEntryStatus.InFlight or OutboxEntryStatus.Canceled) => true,
        (OutboxEntryStatus.InFlight, OutboxEntryStatus.InFlight or OutboxEntryStatus.Succeeded or OutboxEntryStatus.Pending or OutboxEntryStatus.Failed or OutboxEntryStatus.DeadLettered) => true,
        (OutboxEntryStatus.Failed or OutboxEntryStatus.DeadLettered, OutboxEntryStatus.Pending or OutboxEntryStatus.Canceled) => true,
        _ => false,
    };

    /// <summary>Whether an entry in <paramref name="status"/> will never change again.</summary>
    public static bool IsFinal(OutboxEntryStatus status) =>
        status is OutboxEntryStatus.Succeeded or OutboxEntryStatus.Rejected or OutboxEntryStatus.Canceled;
}
