namespace Metrc.Sdk.Models;

/// <summary>An item category a lab test batch applies to, and whether packages of that category must pass the batch.</summary>
public sealed record LabTestBatchCategory
{
    /// <summary>Metrc id of the item category, as Metrc spells it.</summary>
    public string? ProductCategoryId { get; init; }

    /// <summary>The item category itself.</summary>
    public ItemCategory? ProductCategory { get; init; }

    /// <summary>Whether packages of this category must pass the lab test batch before sale or transfer.</summary>
    public bool RequireLabTestBatch { get; init; }
}
