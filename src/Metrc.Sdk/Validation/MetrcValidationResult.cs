namespace Metrc.Sdk;

/// <summary>The outcome of validating one or more rows: every issue found, errors first by row.</summary>
public sealed class MetrcValidationResult
{
    private static readonly MetrcValidationIssue[] s_none = [];

    internal MetrcValidationResult(IReadOnlyList<MetrcValidationIssue>? issues, int rowCount)
    {
        Issues = issues ?? s_none;
        RowCount = rowCount;
        foreach (MetrcValidationIssue issue in Issues)
        {
            if (issue.Severity == MetrcValidationSeverity.Error)
            {
                ErrorCount++;
            }
        }
    }

    /// <summary>Every issue, in row order.</summary>
    public IReadOnlyList<MetrcValidationIssue> Issues { get; }

    /// <summary>How many rows were validated.</summary>
    public int RowCount { get; }

    /// <summary>How many issues are errors.</summary>
    public int ErrorCount { get; }

    /// <summary>How many issues are warnings.</summary>
    public int WarningCount => Issues.Count - ErrorCount;

    /// <summary><see langword="true"/> when no issue is an error (warnings do not make a result invalid).</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>The errors as Metrc row errors (the shape of a Metrc 400).</summary>
    public IReadOnlyList<MetrcRowError> ToRowErrors()
    {
        var errors = new List<MetrcRowError>(ErrorCount);
        foreach (MetrcValidationIssue issue in Issues)
        {
            if (issue.Severity == MetrcValidationSeverity.Error)
            {
                errors.Add(issue.ToRowError());
            }
        }

        return errors;
    }

    /// <summary>Throws when any issue is an error; returns this result otherwise (so calls can be chained).</summary>
    /// <param name="operationName">The write the rows are for (for example <c>Packages.Create</c>), used in the message.</param>
    /// <exception cref="MetrcValidationException">At least one error; <see cref="MetrcException.RowErrors"/> lists them and <see cref="MetrcValidationException.IsClientSide"/> is <see langword="true"/>.</exception>
    public MetrcValidationResult ThrowIfInvalid(string? operationName = null)
    {
        if (IsValid)
        {
            return this;
        }

        IReadOnlyList<MetrcRowError> errors = ToRowErrors();
        string what = operationName is null ? "the rows" : operationName;
        string message = $"Validation rejected {errors.Count} issue(s) in {what} before sending: "
            + string.Join("; ", errors.Take(10).Select(e => $"{e} [{e.Code}]"))
            + (errors.Count > 10 ? $"; and {errors.Count - 10} more." : ".");
        throw new MetrcValidationException(message, null, null, null, errors, isClientSide: true);
    }

    /// <inheritdoc />
    public override string ToString() => IsValid
        ? $"valid ({RowCount} row(s), {WarningCount} warning(s))"
        : $"invalid ({RowCount} row(s), {ErrorCount} error(s), {WarningCount} warning(s))";
}
