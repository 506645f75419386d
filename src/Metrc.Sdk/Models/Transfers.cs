using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>An outgoing transfer (manifest) as Metrc reports it.</summary>
public sealed record OutgoingTransfer
{
    /// <summary>Metrc's id of the transfer.</summary>
    public long Id { get; init; }

    /// <summary>The manifest number.</summary>
    public string? ManifestNumber { get; init; }

    /// <summary>The shipper's licence number.</summary>
    public string? ShipperFacilityLicenseNumber { get; init; }

    /// <summary>The shipper's name.</summary>
    public string? ShipperFacilityName { get; init; }

    /// <summary>When the transfer was created. An instant with its UTC offset (not a calendar date); compare instants, not local dates.</summary>
    public OffsetDateTime? CreatedDateTime { get; init; }

    /// <summary>How many packages the manifest holds.</summary>
    public int PackageCount { get; init; }

    /// <summary>The deliveries (one per destination).</summary>
    public IReadOnlyList<TransferDelivery> Deliveries { get; init; } = [];

    /// <summary>When Metrc last changed the transfer. An instant with its UTC offset (not a calendar date); compare instants, not local dates.</summary>
    public OffsetDateTime? LastModified { get; init; }
}

/// <summary>One destination of an <see cref="OutgoingTransfer"/>.</summary>
public sealed record TransferDelivery
{
    /// <summary>Metrc's id of the delivery.</summary>
    public long Id { get; init; }

    /// <summary>The recipient's licence number.</summary>
    public string? RecipientFacilityLicenseNumber { get; init; }

    /// <summary>The recipient's name.</summary>
    public string? RecipientFacilityName { get; init; }

    /// <summary>Planned departure. An instant with its UTC offset (not a calendar date); compare instants, not local dates.</summary>
    public OffsetDateTime? EstimatedDepartureDateTime { get; init; }

    /// <summary>Planned arrival. An instant with its UTC offset (not a calendar date); compare instants, not local dates.</summary>
    public OffsetDateTime? EstimatedArrivalDateTime { get; init; }
}

/// <summary>A package on a transfer delivery.</summary>
public sealed record TransferPackage
{
    /// <summary>Metrc's id of the package.</summary>
    public long PackageId { get; init; }

    /// <summary>The package's tag.</summary>
    public string PackageLabel { get; init; } = string.Empty;

    /// <summary>The product (item) name.</summary>
    public string? ProductName { get; init; }

    /// <summary>The product's category.</summary>
    public string? ProductCategoryName { get; init; }

    /// <summary>The quantity shipped.</summary>
    public decimal ShippedQuantity { get; init; }

    /// <summary>Unit of <see cref="ShippedQuantity"/>.</summary>
    public string? ShippedUnitOfMeasureName { get; init; }

    /// <summary>The wholesale price, when given.</summary>
    public decimal? ShipperWholesalePrice { get; init; }
}

/// <summary>A row of <c>POST /transfers/v2/templates/outgoing</c>: one manifest (at most 200 packages in all).</summary>
public sealed record CreateOutgoingTransferRequest
{
    /// <summary>The manifest's name.</summary>
    public required string Name { get; init; }

    /// <summary>The transporter's licence number, when another facility transports.</summary>
    public string? TransporterFacilityLicenseNumber { get; init; }

    /// <summary>The driver's name.</summary>
    public string? DriverName { get; init; }

    /// <summary>The vehicle's plate number.</summary>
    public string? VehicleLicensePlateNumber { get; init; }

    /// <summary>The destinations and their packages.</summary>
    public required IReadOnlyList<TransferDestinationRequest> Destinations { get; init; }
}

/// <summary>One destination of a <see cref="CreateOutgoingTransferRequest"/>.</summary>
public sealed record TransferDestinationRequest
{
    /// <summary>The recipient's licence number.</summary>
    public required string RecipientLicenseNumber { get; init; }

    /// <summary>The transfer type (for example <c>Wholesale Manifest</c>).</summary>
    public required string TransferTypeName { get; init; }

    /// <summary>Planned departure. An instant with its UTC offset (not a calendar date); compare instants, not local dates.</summary>
    public OffsetDateTime? EstimatedDepartureDateTime { get; init; }

    /// <summary>Planned arrival. An instant with its UTC offset (not a calendar date); compare instants, not local dates.</summary>
    public OffsetDateTime? EstimatedArrivalDateTime { get; init; }

    /// <summary>The packages for this destination.</summary>
    public required IReadOnlyList<TransferPackageRequest> Packages { get; init; }
}

/// <summary>A package on a <see cref="TransferDestinationRequest"/>.</summary>
public sealed record TransferPackageRequest
{
    /// <summary>The package's tag (active).</summary>
    public required string PackageLabel { get; init; }

    /// <summary>The wholesale price, when the state asks for one.</summary>
    public decimal? WholesalePrice { get; init; }
}
