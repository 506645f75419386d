namespace Metrc.Sdk.Outbox;

/// <summary>Which outbox entries to list.</summary>
public sealed record OutboxQuery
{
    /// <summary>Only entries in these statuses; all when empty.</summary>
    public IReadOnlyCollection<OutboxEntryStatus> Statuses { get; init; } = [];

    /// <summary>Only entries of this facility.</summary>
    public string? LicenseNumber { get; init; }

    /// <summary>At most this many entries, oldest first. Default 100.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>Entries in <paramref name="statuses"/>.</summary>
    public static OutboxQuery ByStatus(params OutboxEntryStatus[] statuses) => new() { Statuses = statuses };
}
