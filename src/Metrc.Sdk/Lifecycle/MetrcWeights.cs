namespace Metrc.Sdk.Lifecycle;

/// <summary>Converts quantities in Metrc's weight units to grams (used by per-state patient limits).</summary>
public static class MetrcWeights
{
    /// <summary>Converts <paramref name="quantity"/> in <paramref name="unitName"/> to grams; false when the unit is not a weight unit.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="unitName">A Metrc unit name (case-insensitive), for example <c>Ounces</c>.</param>
    /// <param name="grams">The quantity in grams.</param>
    /// <returns>Whether the unit is a weight unit.</returns>
    public static bool TryToGrams(decimal quantity, string? unitName, out decimal grams)
    {
        decimal? factor = unitName?.ToUpperInvariant() switch
        {
            "GRAMS" => 1m,
            "MILLIGRAMS" => 0.001m,
            "KILOGRAMS" => 1000m,
            "OUNCES" => 28.349523125m,
            "POUNDS" => 453.59237m,
            _ => null,
        };
        grams = quantity * (factor ?? 0);
        return factor is not null;
    }
}
