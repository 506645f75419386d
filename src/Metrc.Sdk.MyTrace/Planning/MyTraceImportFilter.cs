namespace Metrc.Sdk.MyTrace;

/// <summary>Which source records an import takes. Empty sets mean "all". Comparisons ignore case and extra white space.</summary>
public sealed record MyTraceImportFilter
{
    /// <summary>Only products of these brands (products without a brand are left out when this is not empty).</summary>
    public IReadOnlyCollection<string> Brands { get; init; } = [];

    /// <summary>Only accounts whose address is in one of these countries (ISO codes, for example <c>US</c>).</summary>
    public IReadOnlyCollection<string> Countries { get; init; } = [];

    /// <summary>Only accounts whose address is in one of these states (for example <c>CO</c>).</summary>
    public IReadOnlyCollection<string> States { get; init; } = [];

    /// <summary>Only orders of these accounts (partner external ids), as when the user ticks accounts before importing orders.</summary>
    public IReadOnlyCollection<string> OrderAccountExternalIds { get; init; } = [];
}
