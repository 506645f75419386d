namespace Metrc.Sdk.Testing.Endpoints;

// The wire records of processing jobs and job types (PascalCase as Metrc; request rows nullable, like WireBodies.cs).
#pragma warning disable SA1402, SA1649 // small wire records kept together

internal sealed record CreateJobTypeRow(string? Name, string? Description, string? Category, string? ProcessingSteps, List<string?>? Attributes);

internal sealed record UpdateJobTypeRow(long? Id, string? Name, string? Description, string? CategoryName, string? ProcessingSteps, List<string?>? Attributes);

internal sealed record JobPackageRow(string? Label, decimal? Quantity, string? UnitOfMeasure);

internal sealed record StartJobRow(
    string? JobName, string? JobType, string? CountUnitOfMeasure, string? VolumeUnitOfMeasure, string? WeightUnitOfMeasure, List<JobPackageRow>? Packages, DateTimeOffset? StartDate);

internal sealed record AdjustJobRow(
    long? Id, string? AdjustmentReason, DateTimeOffset? AdjustmentDate, string? AdjustmentNote, string? CountUnitOfMeasureName, string? VolumeUnitOfMeasureName,
    string? WeightUnitOfMeasureName, List<JobPackageRow>? Packages);

internal sealed record JobPackageOutputRow(
    string? JobName, string? Tag, string? Location, string? Sublocation, string? Item, decimal? Quantity, string? UnitOfMeasure, string? Note,
    bool? FinishProcessingJob, DateOnly? FinishDate, string? FinishNote, decimal? WasteCountQuantity, string? WasteCountUnitOfMeasureName,
    decimal? WasteVolumeQuantity, string? WasteVolumeUnitOfMeasureName, decimal? WasteWeightQuantity, string? WasteWeightUnitOfMeasureName, DateOnly? PackageDate);

internal sealed record FinishJobRow(
    long? Id, DateTimeOffset? FinishDate, string? FinishNote, string? TotalCountWaste, string? WasteCountUnitOfMeasureName, string? TotalVolumeWaste,
    string? WasteVolumeUnitOfMeasureName, decimal? TotalWeightWaste, string? WasteWeightUnitOfMeasureName);

internal sealed record UnfinishJobRow(long? Id);

internal sealed record ProcessingJobBody(
    long Id, string Name, string JobTypeName, DateOnly StartDate, bool IsFinished, DateOnly? FinishedDate, string? FinishNote, decimal? TotalWeightWaste,
    List<string> Packages, DateTimeOffset LastModified);

internal sealed record JobTypeBody(long Id, string Name, string? Description, string CategoryName, string? ProcessingSteps, List<NamedBody> Attributes, DateTimeOffset LastModified);
