namespace Metrc.Sdk.MyTrace;

/// <summary>Unit rules: partner and Metrc unit names (any case, singular, plural or abbreviated) to <see cref="MyTraceUnit"/> and back.</summary>
public static class MyTraceUnits
{
    private static readonly Dictionary<string, MyTraceUnit> s_units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["each"] = MyTraceUnit.Each,
        ["ea"] = MyTraceUnit.Each,
        ["unit"] = MyTraceUnit.Each,
        ["units"] = MyTraceUnit.Each,
        ["piece"] = MyTraceUnit.Each,
        ["pieces"] = MyTraceUnit.Each,
        ["count"] = MyTraceUnit.Each,
        ["gram"] = MyTraceUnit.Gram,
        ["grams"] = MyTraceUnit.Gram,
        ["g"] = MyTraceUnit.Gram,
        ["milligram"] = MyTraceUnit.Milligram,
        ["milligrams"] = MyTraceUnit.Milligram,
        ["mg"] = MyTraceUnit.Milligram,
        ["kilogram"] = MyTraceUnit.Kilogram,
        ["kilograms"] = MyTraceUnit.Kilogram,
        ["kg"] = MyTraceUnit.Kilogram,
        ["ounce"] = MyTraceUnit.Ounce,
        ["ounces"] = MyTraceUnit.Ounce,
        ["oz"] = MyTraceUnit.Ounce,
        ["pound"] = MyTraceUnit.Pound,
        ["pounds"] = MyTraceUnit.Pound,
        ["lb"] = MyTraceUnit.Pound,
        ["lbs"] = MyTraceUnit.Pound,
        ["milliliter"] = MyTraceUnit.Milliliter,
        ["milliliters"] = MyTraceUnit.Milliliter,
        ["millilitre"] = MyTraceUnit.Milliliter,
        ["millilitres"] = MyTraceUnit.Milliliter,
        ["ml"] = MyTraceUnit.Milliliter,
        ["liter"] = MyTraceUnit.Liter,
        ["liters"] = MyTraceUnit.Liter,
        ["litre"] = MyTraceUnit.Liter,
        ["litres"] = MyTraceUnit.Liter,
        ["l"] = MyTraceUnit.Liter,
        ["fluid ounce"] = MyTraceUnit.FluidOunce,
        ["fluid ounces"] = MyTraceUnit.FluidOunce,
        ["fl oz"] = MyTraceUnit.FluidOunce,
    };

    /// <summary>Reads a unit name; surrounding and repeated white space and case are ignored.</summary>
    /// <param name="text">The unit as the source wrote it.</param>
    /// <param name="unit">The unit, when recognised.</param>
    /// <returns>Whether the name was recognised.</returns>
    public static bool TryParse(string? text, out MyTraceUnit unit)
    {
        unit = default;
        string normalized = MyTraceNames.Normalize(text).TrimEnd('.');
        return normalized.Length > 0 && s_units.TryGetValue(normalized, out unit);
    }

    /// <summary>The Metrc spelling of a unit, which the partner side uses (<c>Each</c>, <c>Grams</c>, <c>Milliliters</c>...).</summary>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined value.</exception>
    public static string ToPartnerName(MyTraceUnit unit) => unit switch
    {
        MyTraceUnit.Each => "Each",
        MyTraceUnit.Gram => "Grams",
        MyTraceUnit.Milligram => "Milligrams",
        MyTraceUnit.Kilogram => "Kilograms",
        MyTraceUnit.Ounce => "Ounces",
        MyTraceUnit.Pound => "Pounds",
        MyTraceUnit.Milliliter => "Milliliters",
        MyTraceUnit.Liter => "Liters",
        MyTraceUnit.FluidOunce => "Fluid Ounces",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown unit."),
    };
}
