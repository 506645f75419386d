using System.Text.Json.Serialization;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Models;

/// <summary>The type of a package. A value Metrc adds later reads as an unknown value (<see cref="IsKnown"/> is false), never an error.</summary>
/// <param name="Value">The value as Metrc spells it.</param>
[JsonConverter(typeof(MetrcValueJsonConverter<PackageType>))]
public readonly record struct PackageType(string Value) : IMetrcValue<PackageType>
{
    /// <summary><c>Product</c>.</summary>
    public static PackageType Product { get; } = new("Product");

    /// <summary><c>ImmaturePlant</c>.</summary>
    public static PackageType ImmaturePlant { get; } = new("ImmaturePlant");

    /// <summary><c>VegetativePlant</c>.</summary>
    public static PackageType VegetativePlant { get; } = new("VegetativePlant");

    /// <summary><c>PlantWaste</c>.</summary>
    public static PackageType PlantWaste { get; } = new("PlantWaste");

    /// <summary><c>HarvestWaste</c>.</summary>
    public static PackageType HarvestWaste { get; } = new("HarvestWaste");

    /// <summary><c>MotherPlant</c>.</summary>
    public static PackageType MotherPlant { get; } = new("MotherPlant");

    private static readonly HashSet<string> s_known = new(StringComparer.Ordinal) { "Product", "ImmaturePlant", "VegetativePlant", "PlantWaste", "HarvestWaste", "MotherPlant" };

    /// <inheritdoc />
    public bool IsKnown => Value is not null && s_known.Contains(Value);

    /// <inheritdoc />
    public static PackageType From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
