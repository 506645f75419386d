namespace Metrc.Sdk;

/// <summary>The waste fields a state requires when a plant is destroyed.</summary>
[Flags]
public enum MetrcDestroyFields
{
    /// <summary>Nothing beyond the plant and the date.</summary>
    None = 0,

    /// <summary>The waste method (<c>WasteMethodName</c>).</summary>
    WasteMethod = 1,

    /// <summary>A positive waste weight (<c>WasteWeight</c>).</summary>
    WasteWeight = 2,

    /// <summary>A weight unit for the waste (<c>WasteUnitOfMeasureName</c>).</summary>
    WasteUnit = 4,

    /// <summary>The reason (<c>WasteReasonName</c>).</summary>
    Reason = 8,

    /// <summary>All four.</summary>
    All = WasteMethod | WasteWeight | WasteUnit | Reason,
}
