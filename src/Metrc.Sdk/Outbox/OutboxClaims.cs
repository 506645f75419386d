namespace Metrc.Sdk.Outbox;

/// <summary>The claim rule shared by every store: the head entry of a facility is claimable when due or when its claim expired.</summary>
internal static class OutboxClaims
{
    public static bool IsClaimable(OutboxEntry head, DateTimeOffset now) => head.Status switch
    {
        OutboxEntryStatus.Pending => head.NextAttemptAt is null || head.NextAttemptAt <= now,
        OutboxEntryStatus.InFlight => head.LeaseExpiresAt is { } expires && expires <= now,
        _ => false,
    };

    public static OutboxEntry Claim(OutboxEntry entry, DateTimeOffset now, TimeSpan lease) => entry with
    {
        Status = OutboxEntryStatus.InFlight,
        Attempts = entry.Attempts + 1,
        LeaseExpiresAt = now + lease,
        UpdatedAt = now,
    };
}
