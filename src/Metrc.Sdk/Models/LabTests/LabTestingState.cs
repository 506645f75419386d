using System.Text.Json.Serialization;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Models;

/// <summary>A package's lab testing state. A value Metrc adds later reads as an unknown value (<see cref="IsKnown"/> is false), never an error.</summary>
/// <param name="Value">The value as Metrc spells it.</param>
[JsonConverter(typeof(MetrcValueJsonConverter<LabTestingState>))]
public readonly record struct LabTestingState(string Value) : IMetrcValue<LabTestingState>
{
    /// <summary><c>NotSubmitted</c>.</summary>
    public static LabTestingState NotSubmitted { get; } = new("NotSubmitted");

    /// <summary><c>SubmittedForTesting</c>.</summary>
    public static LabTestingState SubmittedForTesting { get; } = new("SubmittedForTesting");

    /// <summary><c>TestFailed</c>.</summary>
    public static LabTestingState TestFailed { get; } = new("TestFailed");

    /// <summary><c>TestPassed</c>.</summary>
    public static LabTestingState TestPassed { get; } = new("TestPassed");

    /// <summary><c>TestingInProgress</c>.</summary>
    public static LabTestingState TestingInProgress { get; } = new("TestingInProgress");

    /// <summary><c>AwaitingConfirmation</c>.</summary>
    public static LabTestingState AwaitingConfirmation { get; } = new("AwaitingConfirmation");

    /// <summary><c>RetestFailed</c>.</summary>
    public static LabTestingState RetestFailed { get; } = new("RetestFailed");

    /// <summary><c>RetestPassed</c>.</summary>
    public static LabTestingState RetestPassed { get; } = new("RetestPassed");

    /// <summary><c>Remediated</c>.</summary>
    public static LabTestingState Remediated { get; } = new("Remediated");

    /// <summary><c>SelectedForRandomTesting</c>.</summary>
    public static LabTestingState SelectedForRandomTesting { get; } = new("SelectedForRandomTesting");

    /// <summary><c>NotRequired</c>.</summary>
    public static LabTestingState NotRequired { get; } = new("NotRequired");

    /// <summary><c>ProcessValidated</c>.</summary>
    public static LabTestingState ProcessValidated { get; } = new("ProcessValidated");

    /// <summary><c>Decontaminated</c>.</summary>
    public static LabTestingState Decontaminated { get; } = new("Decontaminated");

    private static readonly HashSet<string> s_known = new(StringComparer.Ordinal) { "NotSubmitted", "SubmittedForTesting", "TestFailed", "TestPassed", "TestingInProgress", "AwaitingConfirmation", "RetestFailed", "RetestPassed", "Remediated", "SelectedForRandomTesting", "NotRequired", "ProcessValidated", "Decontaminated" };

    /// <inheritdoc />
    public bool IsKnown => Value is not null && s_known.Contains(Value);

    /// <inheritdoc />
    public static LabTestingState From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
