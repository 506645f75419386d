namespace Metrc.Sdk.Outbox;

/// <summary>Options of the durable outbox and its drainer.</summary>
public sealed class MetrcOutboxOptions
{
    /// <summary>Whether new entries wait for approval (<see cref="IMetrcOutbox.ApproveAsync"/>) before they are sent. Default: false.</summary>
    public bool RequireReview { get; set; }

    /// <summary>How long an entry may keep failing transiently before it is dead-lettered. Default: 3 days.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Backoff after the first transient failure; doubles per attempt up to <see cref="MaxBackoff"/>. Default: 5 seconds.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest backoff between attempts. Default: 10 minutes.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a drainer's claim on an entry lasts; a crashed drainer's entries are picked up after it. Default: 5 minutes.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often an idle drainer looks for due entries. Default: 2 seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many facilities are drained at once (entries of one facility always go one at a time, in order). Default: 4.</summary>
    public int MaxConcurrentFacilities { get; set; } = 4;

    /// <summary>Operations besides <see cref="MetrcOutboxOperations.All"/> the drainer can send.</summary>
    public IList<OutboxOperation> Operations { get; } = [];
}
