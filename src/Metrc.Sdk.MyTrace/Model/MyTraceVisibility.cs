namespace Metrc.Sdk.MyTrace;

/// <summary>Whether a MyTrace product is shown to buyers.</summary>
public enum MyTraceVisibility
{
    /// <summary>Shown in the catalog.</summary>
    Visible,

    /// <summary>Kept but not shown (an inactive partner item).</summary>
    Hidden,
}
