namespace Metrc.Sdk.Testing.Endpoints;

// Request rows of the plant batch and plant writes (nullable members, so a missing field is a row error).
#pragma warning disable SA1402, SA1649 // small wire records kept together

internal sealed record AdjustBatchRow(string? PlantBatchName, decimal? Quantity, string? AdjustmentReason, DateOnly? AdjustmentDate, string? ReasonNote);

internal sealed record BatchPackageRow(string? PlantBatch, int? Count, string? Location, string? Sublocation, string? Item, string? Tag, string? Note, DateOnly? ActualDate);

/// <summary>Every additive write: described or from a template, applied to a batch, to plants or to a location.</summary>
internal sealed record AdditiveRow(
    string? AdditiveType, string? ProductTradeName, string? AdditivesTemplateName, decimal? TotalAmountApplied, string? TotalAmountUnitOfMeasure,
    List<AdditiveIngredientRow?>? ActiveIngredients, string? PlantBatchName, List<string?>? PlantLabels, string? LocationName, string? SublocationName, DateOnly? ActualDate);

internal sealed record AdditiveIngredientRow(string? Name, decimal? Percentage);

/// <summary>Waste of a batch, or of plants or a location.</summary>
internal sealed record WasteRow(
    string? WasteMethodName, decimal? WasteWeight, string? UnitOfMeasureName, string? ReasonName, string? Note, DateOnly? WasteDate,
    string? PlantBatchName, List<string?>? PlantLabels, string? LocationName, string? SublocationName);

internal sealed record SplitBatchRow(string? PlantBatch, string? GroupName, int? Count, string? Location, string? Sublocation, string? Strain, DateTimeOffset? ActualDate);

internal sealed record DestroyBatchRow(string? PlantBatch, int? Count, string? WasteMethodName, string? WasteReasonName, decimal? WasteWeight, string? WasteUnitOfMeasure, DateOnly? ActualDate);

internal sealed record RenameBatchRow(long? Id, string? Group, string? NewGroup);

internal sealed record BatchLocationRow(string? Name, string? Location, string? Sublocation, DateOnly? MoveDate);

internal sealed record BatchStrainRow(long? Id, string? Name, long? StrainId, string? StrainName);

internal sealed record BatchTagRow(long? Id, string? Group, string? NewTag, DateOnly? ReplaceDate);

internal sealed record PlantPackageRow(string? PlantLabel, string? PackageTag, string? PlantBatchType, string? Item, string? Location, string? Sublocation, int? Count, DateTimeOffset? ActualDate);

internal sealed record PlantPlantingRow(string? PlantLabel, string? PlantBatchName, string? PlantBatchType, int? PlantCount, string? LocationName, string? SublocationName, string? StrainName, DateTimeOffset? ActualDate);

internal sealed record AdjustPlantRow(long? Id, string? Label, int? AdjustCount, string? AdjustReason, DateTimeOffset? AdjustmentDate);

internal sealed record MergePlantRow(string? TargetPlantGroupLabel, string? SourcePlantGroupLabel, DateOnly? MergeDate);

internal sealed record PlantLocationRow(long? Id, string? Label, string? Location, string? Sublocation, DateOnly? ActualDate);

internal sealed record PlantStrainRow(long? Id, string? Label, long? StrainId, string? StrainName);

internal sealed record PlantTagRow(long? Id, string? Label, string? NewTag, DateOnly? ReplaceDate);

internal sealed record SplitPlantRow(DateOnly? SplitDate, string? SourcePlantLabel, int? PlantCount, string? TagLabel, string? StrainLabel);

internal sealed record WasteMethodBody(string Name, bool ForPlants);

internal sealed record WasteReasonBody(string Name, bool RequiresNote);
