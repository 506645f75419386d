namespace Metrc.Sdk.Lifecycle;

/// <summary>How a quantity is measured. An item's category fixes its kind; units must be of that kind.</summary>
public enum QuantityKind
{
    /// <summary>Counted (<c>Each</c>); Metrc's <c>CountBased</c>.</summary>
    Count = 0,

    /// <summary>Weighed (<c>Grams</c>, <c>Pounds</c>, ...); Metrc's <c>WeightBased</c>.</summary>
    Weight = 1,

    /// <summary>Measured by volume (<c>Milliliters</c>, <c>Fluid Ounces</c>, ...); Metrc's <c>VolumeBased</c>.</summary>
    Volume = 2,
}
