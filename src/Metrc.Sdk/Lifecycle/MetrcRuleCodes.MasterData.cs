namespace Metrc.Sdk.Lifecycle;

// Places and names the facility keeps: locations, sublocations, strains, additives templates.
public static partial class MetrcRuleCodes
{
    /// <summary>The location does not exist in the facility (or is archived).</summary>
    public const string LocationNotFound = "location.not_found";

    /// <summary>The sublocation does not exist in the facility (or is archived).</summary>
    public const string SublocationNotFound = "sublocation.not_found";

    /// <summary>The strain does not exist in the facility (or is archived).</summary>
    public const string StrainNotFound = "strain.not_found";

    /// <summary>The additives template does not exist in the facility (or is archived).</summary>
    public const string AdditivesTemplateNotFound = "additivestemplate.not_found";
}
