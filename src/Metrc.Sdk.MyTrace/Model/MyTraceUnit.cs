namespace Metrc.Sdk.MyTrace;

/// <summary>The unit a MyTrace product is sold in.</summary>
public enum MyTraceUnit
{
    /// <summary>Counted units (pieces, packs).</summary>
    Each,

    /// <summary>Grams.</summary>
    Gram,

    /// <summary>Milligrams.</summary>
    Milligram,

    /// <summary>Kilograms.</summary>
    Kilogram,

    /// <summary>Avoirdupois ounces.</summary>
    Ounce,

    /// <summary>Avoirdupois pounds.</summary>
    Pound,

    /// <summary>Millilitres.</summary>
    Milliliter,

    /// <summary>Litres.</summary>
    Liter,

    /// <summary>US fluid ounces.</summary>
    FluidOunce,
}
