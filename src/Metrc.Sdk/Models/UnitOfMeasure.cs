using System.Text.Json.Serialization;

namespace Metrc.Sdk.Models;

/// <summary>A unit of measure Metrc accepts.</summary>
public sealed record UnitOfMeasure
{
    /// <summary><c>WeightBased</c>, <c>VolumeBased</c> or <c>CountBased</c>.</summary>
    public string? QuantityType { get; init; }

    /// <summary>The unit's name as used in requests (for example <c>Grams</c>).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The abbreviation (for example <c>g</c>).</summary>
    public string? Abbreviation { get; init; }

    /// <summary>Whether the unit is archived.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsArchived { get; init; }
}
