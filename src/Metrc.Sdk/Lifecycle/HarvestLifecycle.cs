using System.Collections.Frozen;

namespace Metrc.Sdk.Lifecycle;

/// <summary>Harvest rules shared by the validators and the emulator: what a harvest still holds, in its own unit.</summary>
public static class HarvestLifecycle
{
    private static readonly FrozenDictionary<string, decimal> s_grams = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["Grams"] = 1m,
        ["Kilograms"] = 1000m,
        ["Milligrams"] = 0.001m,
        ["Ounces"] = 28.349523125m,
        ["Pounds"] = 453.59237m,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Converts <paramref name="weight"/> from <paramref name="fromUnit"/> to <paramref name="toUnit"/> (weight units only).</summary>
    /// <param name="weight">The weight.</param>
    /// <param name="fromUnit">Its unit (for example <c>Ounces</c>).</param>
    /// <param name="toUnit">The unit wanted (for example the harvest's <c>Grams</c>).</param>
    /// <param name="converted">The weight in <paramref name="toUnit"/>, rounded to Metrc's four decimal places.</param>
    /// <returns>Whether both are weight units.</returns>
    public static bool TryConvertWeight(decimal weight, string? fromUnit, string? toUnit, out decimal converted)
    {
        if (fromUnit is null || toUnit is null || !s_grams.TryGetValue(fromUnit, out decimal from) || !s_grams.TryGetValue(toUnit, out decimal to))
        {
            converted = 0;
            return false;
        }

        converted = from == to ? weight : decimal.Round(weight * from / to, MetrcLimits.QuantityDecimalPlaces);
        return true;
    }

    /// <summary>The rule code that forbids taking waste, packages or moves from a harvest; <see langword="null"/> when it is open.</summary>
    public static string? CheckOpen(bool isFinished) => isFinished ? MetrcRuleCodes.HarvestFinished : null;

    /// <summary>The rule code that forbids unfinishing a harvest; <see langword="null"/> when it is finished.</summary>
    public static string? CheckCanUnfinish(bool isFinished) => isFinished ? null : MetrcRuleCodes.HarvestNotFinished;
}
