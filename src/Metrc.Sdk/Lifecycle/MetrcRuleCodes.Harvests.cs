namespace Metrc.Sdk.Lifecycle;

// Harvests (waste, finish, moves, names) and the facility's master data (items, brands, strains, locations,
// sublocations, additives templates).
public static partial class MetrcRuleCodes
{
    /// <summary>The harvest does not exist in the facility.</summary>
    public const string HarvestNotFound = "harvest.not_found";

    /// <summary>The harvest is finished: it takes no more waste, moves or packages until it is unfinished.</summary>
    public const string HarvestFinished = "harvest.finished";

    /// <summary>Only a finished harvest can be unfinished.</summary>
    public const string HarvestNotFinished = "harvest.not_finished";

    /// <summary>A harvest with that name already exists in the facility (or earlier in the write).</summary>
    public const string HarvestNameInUse = "harvest.name_in_use";

    /// <summary>The harvest waste type is not one of the state's harvest waste types.</summary>
    public const string WasteTypeUnknown = "waste.type_unknown";

    /// <summary>The harvest waste record does not exist (or was already discontinued).</summary>
    public const string WasteNotFound = "waste.not_found";

    /// <summary>An item with that name already exists in the facility (or earlier in the write).</summary>
    public const string ItemNameInUse = "item.name_in_use";

    /// <summary>The item category is not one of the state's item categories.</summary>
    public const string ItemCategoryUnknown = "item.category_unknown";

    /// <summary>The item brand does not exist in the facility (or is archived).</summary>
    public const string ItemBrandNotFound = "itembrand.not_found";

    /// <summary>An item brand with that name already exists in the facility (or earlier in the write).</summary>
    public const string ItemBrandNameInUse = "itembrand.name_in_use";

    /// <summary>A strain with that name already exists in the facility (or earlier in the write).</summary>
    public const string StrainNameInUse = "strain.name_in_use";

    /// <summary>A location with that name already exists in the facility (or earlier in the write).</summary>
    public const string LocationNameInUse = "location.name_in_use";

    /// <summary>The location type is not one of the facility's location types.</summary>
    public const string LocationTypeNotFound = "locationtype.not_found";

    /// <summary>A sublocation with that name already exists in the facility (or earlier in the write).</summary>
    public const string SublocationNameInUse = "sublocation.name_in_use";

    /// <summary>An additives template with that name already exists in the facility (or earlier in the write).</summary>
    public const string AdditivesTemplateNameInUse = "additivestemplate.name_in_use";
}
