namespace Metrc.Sdk.MyTrace;

/// <summary>A MyTrace account: a buyer (dispensary, distributor) the licensee sells to.</summary>
public sealed record MyTraceAccount
{
    /// <summary>MyTrace's id; null until MyTrace has stored the account.</summary>
    public string? Id { get; init; }

    /// <summary>The id of the account in the source platform, kept for round trips and needed to push orders back.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The account's name (normalised).</summary>
    public required string Name { get; init; }

    /// <summary>The account's address.</summary>
    public PostalAddress? Address { get; init; }

    /// <summary>The buyer's licence number (trimmed, upper case).</summary>
    public string? LicenseNumber { get; init; }

    /// <summary>The status shown in MyTrace, one of <see cref="MyTraceAccountStatuses"/> (for example <c>Active – Current payments</c>).</summary>
    public string Status { get; init; } = MyTraceAccountStatuses.ActiveCurrentPayments;
}
