namespace Metrc.Sdk.Outbox;

/// <summary>Settings for one enqueued write.</summary>
public sealed record OutboxEnqueueOptions
{
    /// <summary>Overrides <see cref="MetrcOutboxOptions.RequireReview"/> for this entry.</summary>
    public bool? RequireReview { get; init; }

    /// <summary>The write's operation key; derived from the rows' natural keys when <see langword="null"/>.</summary>
    public string? OperationKey { get; init; }
}
