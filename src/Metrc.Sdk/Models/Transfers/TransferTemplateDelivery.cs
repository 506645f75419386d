using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: transfer template delivery.</summary>
public sealed record TransferTemplateDelivery
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Manifest number.</summary>
    public string? ManifestNumber { get; init; }

    /// <summary>Delivery number.</summary>
    public int? DeliveryNumber { get; init; }

    /// <summary>Recipient facility license number.</summary>
    public string? RecipientFacilityLicenseNumber { get; init; }

    /// <summary>Recipient facility name.</summary>
    public string? RecipientFacilityName { get; init; }

    /// <summary>Shipment type name.</summary>
    public string? ShipmentTypeName { get; init; }

    /// <summary>Shipment transaction type.</summary>
    public string? ShipmentTransactionType { get; init; }

    /// <summary>Invoice number.</summary>
    public string? InvoiceNumber { get; init; }

    /// <summary>Estimated departure date time.</summary>
    public OffsetDateTime? EstimatedDepartureDateTime { get; init; }

    /// <summary>Actual departure date time.</summary>
    public OffsetDateTime? ActualDepartureDateTime { get; init; }

    /// <summary>Estimated arrival date time.</summary>
    public OffsetDateTime? EstimatedArrivalDateTime { get; init; }

    /// <summary>Actual arrival date time.</summary>
    public OffsetDateTime? ActualArrivalDateTime { get; init; }

    /// <summary>Gross weight.</summary>
    public decimal? GrossWeight { get; init; }

    /// <summary>Gross unit of weight id.</summary>
    public long? GrossUnitOfWeightId { get; init; }

    /// <summary>Gross unit of weight name.</summary>
    public string? GrossUnitOfWeightName { get; init; }

    /// <summary>Planned route.</summary>
    public string? PlannedRoute { get; init; }

    /// <summary>Delivery package count.</summary>
    public int? DeliveryPackageCount { get; init; }

    /// <summary>Delivery received package count.</summary>
    public int? DeliveryReceivedPackageCount { get; init; }

    /// <summary>Received date time.</summary>
    public OffsetDateTime? ReceivedDateTime { get; init; }

    /// <summary>Estimated return departure date time.</summary>
    public OffsetDateTime? EstimatedReturnDepartureDateTime { get; init; }

    /// <summary>Actual return departure date time.</summary>
    public OffsetDateTime? ActualReturnDepartureDateTime { get; init; }

    /// <summary>Estimated return arrival date time.</summary>
    public OffsetDateTime? EstimatedReturnArrivalDateTime { get; init; }

    /// <summary>Actual return arrival date time.</summary>
    public OffsetDateTime? ActualReturnArrivalDateTime { get; init; }

    /// <summary>Rejected packages returned.</summary>
    public bool RejectedPackagesReturned { get; init; }

    /// <summary>PDF document file system id.</summary>
    public long? PDFDocumentFileSystemId { get; init; }
}
