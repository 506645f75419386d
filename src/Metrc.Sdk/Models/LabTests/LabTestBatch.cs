namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: lab test batch.</summary>
public sealed record LabTestBatch
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Lab test type count.</summary>
    public int? LabTestTypeCount { get; init; }

    /// <summary>Lab test types.</summary>
    public IReadOnlyList<LabTestType>? LabTestTypes { get; init; }

    /// <summary>Item category count.</summary>
    public int? ItemCategoryCount { get; init; }

    /// <summary>Item categories.</summary>
    public IReadOnlyList<LabTestBatchItemCategory>? ItemCategories { get; init; }

    /// <summary>Requires all from lab test batch.</summary>
    public bool RequiresAllFromLabTestBatch { get; init; }
}
