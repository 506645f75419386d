using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: update external incoming transfer destination request.</summary>
public sealed record UpdateExternalIncomingTransferDestinationRequest
{
    /// <summary>Transfer destination id.</summary>
    public long? TransferDestinationId { get; init; }

    /// <summary>Recipient license number.</summary>
    public string? RecipientLicenseNumber { get; init; }

    /// <summary>Invoice number.</summary>
    public string? InvoiceNumber { get; init; }

    /// <summary>Transfer type name.</summary>
    public string? TransferTypeName { get; init; }

    /// <summary>Planned route.</summary>
    public string? PlannedRoute { get; init; }

    /// <summary>Estimated departure date time.</summary>
    public OffsetDateTime? EstimatedDepartureDateTime { get; init; }

    /// <summary>Estimated arrival date time.</summary>
    public OffsetDateTime? EstimatedArrivalDateTime { get; init; }

    /// <summary>Gross weight.</summary>
    public decimal? GrossWeight { get; init; }

    /// <summary>Gross unit of weight id.</summary>
    public long? GrossUnitOfWeightId { get; init; }

    /// <summary>Transporters.</summary>
    public IReadOnlyList<TransferTransporterRequest>? Transporters { get; init; }

    /// <summary>Packages.</summary>
    public IReadOnlyList<ExternalIncomingTransferPackageRequest>? Packages { get; init; }
}
