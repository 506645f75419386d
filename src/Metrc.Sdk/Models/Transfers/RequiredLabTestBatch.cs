namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: required lab test batch.</summary>
public sealed record RequiredLabTestBatch
{
    /// <summary>Package id.</summary>
    public long? PackageId { get; init; }

    /// <summary>Lab test batch id.</summary>
    public long? LabTestBatchId { get; init; }

    /// <summary>Lab test batch name.</summary>
    public string? LabTestBatchName { get; init; }
}
