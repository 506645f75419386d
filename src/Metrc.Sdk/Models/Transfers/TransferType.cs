namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: transfer type.</summary>
public sealed record TransferType
{
    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Transaction type.</summary>
    public string? TransactionType { get; init; }

    /// <summary>For licensed shipments.</summary>
    public bool ForLicensedShipments { get; init; }

    /// <summary>For external incoming shipments.</summary>
    public bool ForExternalIncomingShipments { get; init; }

    /// <summary>For external outgoing shipments.</summary>
    public bool ForExternalOutgoingShipments { get; init; }

    /// <summary>Requires destination gross weight.</summary>
    public bool RequiresDestinationGrossWeight { get; init; }

    /// <summary>Requires packages gross weight.</summary>
    public bool RequiresPackagesGrossWeight { get; init; }

    /// <summary>Requires invoice number.</summary>
    public bool RequiresInvoiceNumber { get; init; }

    /// <summary>Requires PDF document.</summary>
    public bool RequiresPDFDocument { get; init; }

    /// <summary>Bypass approval.</summary>
    public bool BypassApproval { get; init; }

    /// <summary>External incoming can record external identifier.</summary>
    public bool ExternalIncomingCanRecordExternalIdentifier { get; init; }

    /// <summary>External incoming external identifier required.</summary>
    public bool ExternalIncomingExternalIdentifierRequired { get; init; }

    /// <summary>External outgoing can record external identifier.</summary>
    public bool ExternalOutgoingCanRecordExternalIdentifier { get; init; }

    /// <summary>External outgoing external identifier required.</summary>
    public bool ExternalOutgoingExternalIdentifierRequired { get; init; }
}
