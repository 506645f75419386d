namespace Metrc.Sdk.Lifecycle;

/// <summary>
/// Stable identifiers of the lifecycle rules. Client-side validation errors and the emulator's rejections carry
/// these in <see cref="MetrcRowError.Code"/>; they never change once shipped.
/// </summary>
public static partial class MetrcRuleCodes
{
    /// <summary>A tag is not 24 characters of 0-9 and A-Z.</summary>
    public const string TagFormat = "tag.format";

    /// <summary>The same tag appears twice in one request.</summary>
    public const string TagDuplicate = "tag.duplicate";

    /// <summary>The tag is already used or was never issued.</summary>
    public const string TagUnavailable = "tag.unavailable";

    /// <summary>A plant tag where a package tag is needed, or the reverse.</summary>
    public const string TagWrongType = "tag.wrong_type";

    /// <summary>The tag was issued to another facility.</summary>
    public const string TagWrongFacility = "tag.wrong_facility";

    /// <summary>A required field is missing or blank.</summary>
    public const string Required = "field.required";

    /// <summary>A quantity is zero or negative where it must be positive.</summary>
    public const string QuantityPositive = "quantity.positive";

    /// <summary>A quantity has more decimal places than Metrc keeps.</summary>
    public const string QuantityPrecision = "quantity.precision";

    /// <summary>A date is in the future in the facility's time zone.</summary>
    public const string DateInFuture = "date.future";

    /// <summary>A date is before the facility's licence start.</summary>
    public const string DateBeforeLicense = "date.before_license";

    /// <summary>The unit of measure is not one Metrc knows.</summary>
    public const string UnitUnknown = "unit.unknown";

    /// <summary>The unit's kind (weight, volume, count) does not fit the item's category.</summary>
    public const string UnitIncompatible = "unit.incompatible";

    /// <summary>A transfer manifest has more packages than allowed (200).</summary>
    public const string TransferTooManyPackages = "transfer.too_many_packages";

    /// <summary>A plant batch has more plants than the state allows.</summary>
    public const string PlantBatchCountCap = "plantbatch.count_cap";

    /// <summary>A growth phase change the lifecycle does not allow (for example flowering back to vegetative).</summary>
    public const string PlantPhaseTransition = "plant.phase_transition";

    /// <summary>A harvest or manicure of a plant that is not flowering.</summary>
    public const string HarvestNotFlowering = "harvest.not_flowering";

    /// <summary>The plant does not exist or is no longer alive.</summary>
    public const string PlantNotFound = "plant.not_found";

    /// <summary>The package does not exist or is not active.</summary>
    public const string PackageNotActive = "package.not_active";

    /// <summary>The package is finished; unfinish it first.</summary>
    public const string PackageFinished = "package.finished";

    /// <summary>The package is on hold.</summary>
    public const string PackageOnHold = "package.on_hold";

    /// <summary>The package is in transit.</summary>
    public const string PackageInTransit = "package.in_transit";

    /// <summary>The package needs a passing lab test first.</summary>
    public const string LabTestRequired = "labtest.required";

    /// <summary>A destroy is missing the waste method, weight, unit or reason the state requires.</summary>
    public const string DestroyWasteRequired = "destroy.waste_required";

    /// <summary>A quantity is more than the package (or harvest) holds.</summary>
    public const string QuantityExceedsAvailable = "quantity.exceeds_available";

    /// <summary>A plant batch with that name already exists in the facility.</summary>
    public const string PlantBatchNameInUse = "plantbatch.name_in_use";

    /// <summary>A sales receipt with that external receipt number already exists.</summary>
    public const string ReceiptNumberInUse = "receipt.external_number_in_use";

    /// <summary>A value is not one Metrc accepts for the field (for example an unknown growth phase).</summary>
    public const string InvalidValue = "field.invalid";

    /// <summary>The item (product) does not exist in the facility.</summary>
    public const string ItemNotFound = "item.not_found";

    /// <summary>A sales receipt has no external receipt number, so a lost answer cannot be reconciled (a warning).</summary>
    public const string ReceiptNumberMissing = "receipt.external_number_missing";
}
