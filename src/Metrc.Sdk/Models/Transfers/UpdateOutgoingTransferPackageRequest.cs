namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: update outgoing transfer package request.</summary>
public sealed record UpdateOutgoingTransferPackageRequest
{
    /// <summary>Package label.</summary>
    public string? PackageLabel { get; init; }

    /// <summary>Wholesale price.</summary>
    public decimal? WholesalePrice { get; init; }

    /// <summary>Gross weight.</summary>
    public decimal? GrossWeight { get; init; }

    /// <summary>Gross unit of weight name.</summary>
    public string? GrossUnitOfWeightName { get; init; }
}
