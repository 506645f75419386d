using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: retail id issuance.</summary>
public sealed record RetailIdIssuance
{
    /// <summary>Label set.</summary>
    public int? LabelSet { get; init; }

    /// <summary>Label quantity.</summary>
    public decimal? LabelQuantity { get; init; }

    /// <summary>Created at.</summary>
    public OffsetDateTime? CreatedAt { get; init; }
}
