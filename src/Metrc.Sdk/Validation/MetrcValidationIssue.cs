namespace Metrc.Sdk;

/// <summary>One problem the validator found in a row.</summary>
/// <param name="RowIndex">Zero-based index of the row in the rows validated (the same index Metrc would report).</param>
/// <param name="Field">The path of the field, for example <c>Ingredients[0].Quantity</c>; <see langword="null"/> when the issue is about the whole row.</param>
/// <param name="Code">A stable rule code from <see cref="Lifecycle.MetrcRuleCodes"/>.</param>
/// <param name="Message">A sentence describing the problem.</param>
/// <param name="Severity">Whether the row would be rejected (<see cref="MetrcValidationSeverity.Error"/>) or only looks wrong.</param>
public sealed record MetrcValidationIssue(int RowIndex, string? Field, string Code, string Message, MetrcValidationSeverity Severity = MetrcValidationSeverity.Error)
{
    /// <summary>The issue in the shape of a Metrc 400 row error.</summary>
    public MetrcRowError ToRowError() => new(RowIndex, Message, Field, Code);

    /// <inheritdoc />
    public override string ToString() =>
        $"{(Severity == MetrcValidationSeverity.Error ? "error" : "warning")} row {RowIndex}{(Field is null ? string.Empty : ", " + Field)} [{Code}]: {Message}";
}
