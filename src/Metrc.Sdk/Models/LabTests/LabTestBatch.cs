namespace Metrc.Sdk.Models;

/// <summary>A lab test batch: a named set of lab test types that packages of some item categories must pass.</summary>
public sealed record LabTestBatch
{
    /// <summary>Metrc id of the lab test batch.</summary>
    public long Id { get; init; }

    /// <summary>Name of the batch (for example a state's required panel for retail flower).</summary>
    public string? Name { get; init; }

    /// <summary>How many lab test types the batch holds.</summary>
    public int? LabTestTypeCount { get; init; }

    /// <summary>The lab test types in the batch.</summary>
    public IReadOnlyList<LabTestType>? LabTestTypes { get; init; }

    /// <summary>How many item categories the batch applies to.</summary>
    public int? ItemCategoryCount { get; init; }

    /// <summary>The item categories the batch applies to.</summary>
    public IReadOnlyList<LabTestBatchCategory>? ItemCategories { get; init; }

    /// <summary>Whether a package must pass every test type of the batch, rather than any one.</summary>
    public bool RequiresAllFromLabTestBatch { get; init; }
}
