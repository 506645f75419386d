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
