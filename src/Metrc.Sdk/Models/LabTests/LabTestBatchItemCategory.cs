namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: lab test batch item category.</summary>
public sealed record LabTestBatchItemCategory
{
    /// <summary>Product category id.</summary>
    public string? ProductCategoryId { get; init; }

    /// <summary>Product category.</summary>
    public ItemCategory? ProductCategory { get; init; }

    /// <summary>Require lab test batch.</summary>
    public bool RequireLabTestBatch { get; init; }
}
