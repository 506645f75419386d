namespace Metrc.Sdk.Lifecycle;

// Packages beyond create, adjust and finish: conservation, flags, dates.
public static partial class MetrcRuleCodes
{
    /// <summary>A new package holds more than its ingredients give (ingredients and package measured in the same kind of unit).</summary>
    public const string QuantityNotConserved = "quantity.not_conserved";

    /// <summary>An unflag (finished good, donation, trade sample) of a package that does not carry that flag.</summary>
    public const string PackageFlagNotSet = "package.flag_not_set";

    /// <summary>A package's sell-by, use-by and expiration dates are out of order (sell-by after use-by, or either after expiration).</summary>
    public const string PackageDatesOrder = "package.dates_order";
}
