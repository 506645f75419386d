namespace Metrc.Sdk.Testing.Endpoints;

// Wire rows of the package writes beyond create, adjust and finish (nullable members, like WireBodies.cs).
#pragma warning disable SA1402, SA1649 // small wire records kept together

internal sealed record PackagePlantingRow(
    string? PackageLabel, decimal? PackageAdjustmentAmount, string? PackageAdjustmentUnitOfMeasureName, string? PlantBatchName, string? PlantBatchType,
    int? PlantCount, string? LocationName, string? SublocationName, string? StrainName, string? PatientLicenseNumber, DateTimeOffset? PlantedDate,
    DateTimeOffset? UnpackagedDate);

internal sealed record PackageLabelRow(string? Label);

internal sealed record PackageExternalIdRow(string? PackageLabel, string? ExternalId);

internal sealed record PackageItemRow(string? Label, string? Item);

internal sealed record PackageNoteRow(string? PackageLabel, string? Note);

internal sealed record PackageLocationRow(string? Label, string? Location, string? Sublocation, DateOnly? MoveDate);

internal sealed record PackageDatesRow(string? Label, DateOnly? ExpirationDate, DateOnly? SellByDate, DateOnly? UseByDate);
