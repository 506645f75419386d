namespace Metrc.Sdk.Lifecycle;

// Sales receipts and deliveries, transfer templates and external incoming transfers, drivers and vehicles, patients.
public static partial class MetrcRuleCodes
{
    /// <summary>The sales receipt (by Metrc id) does not exist in the facility or was voided.</summary>
    public const string ReceiptNotFound = "receipt.not_found";

    /// <summary>The sales receipt is finalized: it cannot be updated, voided or finalized again until it is unfinalized.</summary>
    public const string ReceiptFinalized = "receipt.finalized";

    /// <summary>The sales receipt is not finalized, so it cannot be unfinalized.</summary>
    public const string ReceiptNotFinalized = "receipt.not_finalized";

    /// <summary>A patient sale holds more than the state's per-receipt patient limit (<see cref="MetrcStateRules.PatientReceiptWeightLimitGrams"/>).</summary>
    public const string PatientLimitExceeded = "patient.limit_exceeded";

    /// <summary>The state requires the driver and vehicle details (<see cref="MetrcStateRules.TransporterDetailsRequired"/>) and one is missing.</summary>
    public const string TransporterDetailsRequired = "transporter.details_required";

    /// <summary>The sales delivery (by Metrc id) does not exist in the facility or was voided.</summary>
    public const string DeliveryNotFound = "delivery.not_found";

    /// <summary>The sales delivery is completed: it cannot be updated, completed again or voided.</summary>
    public const string DeliveryCompleted = "delivery.completed";

    /// <summary>The outgoing transfer template (by Metrc id) does not exist in the facility or was archived.</summary>
    public const string TransferTemplateNotFound = "transfer.template_not_found";

    /// <summary>The external incoming transfer (by Metrc id) does not exist in the facility or was voided.</summary>
    public const string TransferNotFound = "transfer.not_found";

    /// <summary>The driver (by Metrc id) does not exist in the facility or was archived.</summary>
    public const string DriverNotFound = "driver.not_found";

    /// <summary>The vehicle (by Metrc id) does not exist in the facility or was archived.</summary>
    public const string VehicleNotFound = "vehicle.not_found";
}
