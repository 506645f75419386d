namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: set required lab tests request.</summary>
public sealed record SetRequiredLabTestsRequest
{
    /// <summary>Label.</summary>
    public string? Label { get; init; }

    /// <summary>Required lab test batches.</summary>
    public IReadOnlyList<string>? RequiredLabTestBatches { get; init; }
}
