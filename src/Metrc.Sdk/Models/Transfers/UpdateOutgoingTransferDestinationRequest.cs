using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: update outgoing transfer destination request.</summary>
public sealed record UpdateOutgoingTransferDestinationRequest
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

    /// <summary>Transporters.</summary>
    public IReadOnlyList<TransferTransporterRequest>? Transporters { get; init; }

    /// <summary>Packages.</summary>
    public IReadOnlyList<UpdateOutgoingTransferPackageRequest>? Packages { get; init; }
}
