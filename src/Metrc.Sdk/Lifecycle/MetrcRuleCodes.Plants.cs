namespace Metrc.Sdk.Lifecycle;

// Plant batches, plants and their waste records.
public static partial class MetrcRuleCodes
{
    /// <summary>The plant batch does not exist in the facility (or has no plants left).</summary>
    public const string PlantBatchNotFound = "plantbatch.not_found";

    /// <summary>The waste method is not one of the methods Metrc lists for the facility.</summary>
    public const string WasteMethodUnknown = "waste.method_unknown";

    /// <summary>The waste reason is not one of the reasons Metrc lists for the facility.</summary>
    public const string WasteReasonUnknown = "waste.reason_unknown";

    /// <summary>Two plant groups in different growth phases cannot be merged.</summary>
    public const string PlantPhaseMismatch = "plant.phase_mismatch";
}
