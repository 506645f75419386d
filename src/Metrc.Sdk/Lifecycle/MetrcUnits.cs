using System.Collections.Frozen;

namespace Metrc.Sdk.Lifecycle;

/// <summary>The units of measure Metrc uses and their kinds.</summary>
public static class MetrcUnits
{
    private static readonly FrozenDictionary<string, QuantityKind> s_units = new Dictionary<string, QuantityKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["Each"] = QuantityKind.Count,
        ["Grams"] = QuantityKind.Weight,
        ["Kilograms"] = QuantityKind.Weight,
        ["Milligrams"] = QuantityKind.Weight,
        ["Ounces"] = QuantityKind.Weight,
        ["Pounds"] = QuantityKind.Weight,
        ["Milliliters"] = QuantityKind.Volume,
        ["Liters"] = QuantityKind.Volume,
        ["Fluid Ounces"] = QuantityKind.Volume,
        ["Gallons"] = QuantityKind.Volume,
        ["Pints"] = QuantityKind.Volume,
        ["Quarts"] = QuantityKind.Volume,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Size of each unit in the base unit of its kind (grams, millilitres, each); exact by definition of the units.
    private static readonly FrozenDictionary<string, decimal> s_sizes = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["Each"] = 1m,
        ["Grams"] = 1m,
        ["Kilograms"] = 1000m,
        ["Milligrams"] = 0.001m,
        ["Ounces"] = 28.349523125m,
        ["Pounds"] = 453.59237m,
        ["Milliliters"] = 1m,
        ["Liters"] = 1000m,
        ["Fluid Ounces"] = 29.5735295625m,
        ["Gallons"] = 3785.411784m,
        ["Pints"] = 473.176473m,
        ["Quarts"] = 946.352946m,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every unit name Metrc accepts.</summary>
    public static IEnumerable<string> Names => s_units.Keys;

    /// <summary>The kind of a unit name (case-insensitive).</summary>
    public static bool TryGetKind(string? unitName, out QuantityKind kind)
    {
        if (unitName is not null && s_units.TryGetValue(unitName, out kind))
        {
            return true;
        }

        kind = default;
        return false;
    }

    /// <summary>Converts <paramref name="quantity"/> from one unit to another of the same kind (US customary units: avoirdupois ounce and pound, US fluid ounce, pint, quart and gallon).</summary>
    /// <returns><see langword="false"/> when a unit is unknown or the two units are of different kinds (for example grams and each).</returns>
    public static bool TryConvert(decimal quantity, string? fromUnit, string? toUnit, out decimal converted)
    {
        if (TryGetKind(fromUnit, out QuantityKind from) && TryGetKind(toUnit, out QuantityKind to) && from == to)
        {
            converted = string.Equals(fromUnit, toUnit, StringComparison.OrdinalIgnoreCase) ? quantity : quantity * s_sizes[fromUnit!] / s_sizes[toUnit!];
            return true;
        }

        converted = 0;
        return false;
    }

    /// <summary>Parses Metrc's <c>QuantityType</c> (<c>WeightBased</c>, <c>VolumeBased</c>, <c>CountBased</c>).</summary>
    public static bool TryParseQuantityType(string? quantityType, out QuantityKind kind)
    {
        switch (quantityType)
        {
            case "WeightBased":
                kind = QuantityKind.Weight;
                return true;
            case "VolumeBased":
                kind = QuantityKind.Volume;
                return true;
            case "CountBased":
                kind = QuantityKind.Count;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    /// <summary>The rule code when <paramref name="unitName"/> does not fit <paramref name="required"/>; <see langword="null"/> when it does.</summary>
    public static string? CheckCompatible(string? unitName, QuantityKind required) =>
        !TryGetKind(unitName, out QuantityKind kind) ? MetrcRuleCodes.UnitUnknown
        : kind != required ? MetrcRuleCodes.UnitIncompatible
        : null;
}
