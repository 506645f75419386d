namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: lab test result request.</summary>
public sealed record LabTestResultRequest
{
    /// <summary>Lab test type name.</summary>
    public string? LabTestTypeName { get; init; }

    /// <summary>Quantity.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Passed.</summary>
    public bool? Passed { get; init; }

    /// <summary>Notes.</summary>
    public string? Notes { get; init; }
}
