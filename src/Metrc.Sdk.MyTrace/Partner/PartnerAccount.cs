namespace Metrc.Sdk.MyTrace;

/// <summary>A customer account in the partner platform.</summary>
public sealed record PartnerAccount
{
    /// <summary>The partner's id of the account.</summary>
    public required string ExternalId { get; init; }

    /// <summary>The account's name.</summary>
    public required string Name { get; init; }

    /// <summary>The account's address.</summary>
    public PostalAddress? Address { get; init; }

    /// <summary>The buyer's licence number.</summary>
    public string? LicenseNumber { get; init; }

    /// <summary>Whether the account still buys.</summary>
    public bool IsActive { get; init; } = true;

    /// <summary>Whether the account has an overdue payment.</summary>
    public bool HasPastDuePayments { get; init; }
}
