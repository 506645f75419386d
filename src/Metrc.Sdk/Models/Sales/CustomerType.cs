using System.Text.Json.Serialization;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Models;

/// <summary>The type of customer a sale is made to. A value Metrc adds later reads as an unknown value (<see cref="IsKnown"/> is false), never an error.</summary>
/// <param name="Value">The value as Metrc spells it.</param>
[JsonConverter(typeof(MetrcValueJsonConverter<CustomerType>))]
public readonly record struct CustomerType(string Value) : IMetrcValue<CustomerType>
{
    /// <summary><c>Consumer</c>.</summary>
    public static CustomerType Consumer { get; } = new("Consumer");

    /// <summary><c>Patient</c>.</summary>
    public static CustomerType Patient { get; } = new("Patient");

    /// <summary><c>Caregiver</c>.</summary>
    public static CustomerType Caregiver { get; } = new("Caregiver");

    /// <summary><c>ExternalPatient</c>.</summary>
    public static CustomerType ExternalPatient { get; } = new("ExternalPatient");

    /// <summary><c>NonResidentConsumer</c>.</summary>
    public static CustomerType NonResidentConsumer { get; } = new("NonResidentConsumer");

    private static readonly HashSet<string> s_known = new(StringComparer.Ordinal) { "Consumer", "Patient", "Caregiver", "ExternalPatient", "NonResidentConsumer" };

    /// <inheritdoc />
    public bool IsKnown => Value is not null && s_known.Contains(Value);

    /// <inheritdoc />
    public static CustomerType From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
