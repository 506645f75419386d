namespace Metrc.Sdk.Testing.Endpoints;

// The emulator's wire records of the harvest and master data writes (nullable members: a missing field is a row error).
#pragma warning disable SA1402, SA1649 // small wire records kept together

internal interface INamedRow
{
    long? Id { get; }

    string? Name { get; }
}

internal sealed record NameBody(string Name);

internal sealed record HarvestWasteRow(long? Id, string? WasteType, string? UnitOfWeight, decimal? WasteWeight, DateOnly? ActualDate);

internal sealed record HarvestFinishRow(long? Id, DateOnly? ActualDate);

internal sealed record HarvestUnfinishRow(long? Id);

internal sealed record HarvestLocationRow(long? Id, string? HarvestName, string? DryingLocation, string? DryingSublocation, DateTimeOffset? ActualDate);

internal sealed record HarvestRenameRow(long? Id, string? OldName, string? NewName);

internal sealed record RestorePlantsRow(long? HarvestId, List<string?>? PlantTags);

internal sealed record ItemRow(long? Id, string? Name, string? ItemCategory, string? UnitOfMeasure, string? Strain, string? ItemBrand, decimal? UnitThcPercent, decimal? UnitCbdPercent);

internal sealed record NamedRow(long? Id, string? Name) : INamedRow;

internal sealed record UploadRow(string? FileName, string? EncodedImageBase64);

internal sealed record StrainRow(long? Id, string? Name, string? TestingStatus, decimal? ThcLevel, decimal? CbdLevel, decimal? IndicaPercentage, decimal? SativaPercentage) : INamedRow;

internal sealed record LocationRow(long? Id, string? Name, string? LocationTypeName) : INamedRow;

internal sealed record TemplateRow(long? Id, string? Name, string? AdditiveType, List<TemplateIngredientRow?>? ActiveIngredients) : INamedRow;

internal sealed record TemplateIngredientRow(string? Name, decimal? Percentage);
