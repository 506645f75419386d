using System.Text.Json.Serialization;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Models;

/// <summary>The state of a package on a transfer delivery. A value Metrc adds later reads as an unknown value (<see cref="IsKnown"/> is false), never an error.</summary>
/// <param name="Value">The value as Metrc spells it.</param>
[JsonConverter(typeof(MetrcValueJsonConverter<TransferPackageState>))]
public readonly record struct TransferPackageState(string Value) : IMetrcValue<TransferPackageState>
{
    /// <summary><c>Shipped</c>.</summary>
    public static TransferPackageState Shipped { get; } = new("Shipped");

    /// <summary><c>Rejected</c>.</summary>
    public static TransferPackageState Rejected { get; } = new("Rejected");

    /// <summary><c>Accepted</c>.</summary>
    public static TransferPackageState Accepted { get; } = new("Accepted");

    /// <summary><c>Returned</c>.</summary>
    public static TransferPackageState Returned { get; } = new("Returned");

    private static readonly HashSet<string> s_known = new(StringComparer.Ordinal) { "Shipped", "Rejected", "Accepted", "Returned" };

    /// <inheritdoc />
    public bool IsKnown => Value is not null && s_known.Contains(Value);

    /// <inheritdoc />
    public static TransferPackageState From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
