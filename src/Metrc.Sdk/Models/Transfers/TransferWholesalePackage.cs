namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: transfer wholesale package.</summary>
public sealed record TransferWholesalePackage
{
    /// <summary>Package id.</summary>
    public long? PackageId { get; init; }

    /// <summary>Package label.</summary>
    public string? PackageLabel { get; init; }

    /// <summary>Shipper wholesale price.</summary>
    public decimal? ShipperWholesalePrice { get; init; }

    /// <summary>Receiver wholesale price.</summary>
    public decimal? ReceiverWholesalePrice { get; init; }
}
