namespace Metrc.Sdk.Testing.Endpoints;

// The emulator's wire rows of lab test writes (nullable members: a missing field is a row error, as in Metrc).
#pragma warning disable SA1402, SA1649 // small wire records kept together

internal sealed record RecordResultRow(string? Label, DateTimeOffset? ResultDate, string? DocumentFileName, string? DocumentFileBase64, List<ResultLineRow?>? Results);

internal sealed record ResultLineRow(string? LabTestTypeName, decimal? Quantity, bool? Passed, string? Notes);

internal sealed record UploadDocumentRow(long? LabTestResultId, string? DocumentFileName, string? DocumentFileBase64);

internal sealed record ReleaseResultRow(string? PackageLabel);

internal sealed record RequiredLabTestsRow(string? Label, List<string?>? RequiredLabTestBatches);

internal sealed record RemediateRow(string? PackageLabel, string? RemediationMethodName, DateOnly? RemediationDate, string? RemediationSteps);

internal sealed record DecontaminateRow(string? PackageLabel, string? DecontaminationMethodName, DateOnly? DecontaminationDate, string? DecontaminationSteps);

internal sealed record LabTestResultBody(
    long PackageId, long LabTestResultId, string LabFacilityLicenseNumber, string LabFacilityName, string SourcePackageLabel, string ProductName,
    string ProductCategoryName, DateOnly TestPerformedDate, bool OverallPassed, long? LabTestResultDocumentFileId, bool ResultReleased,
    DateTimeOffset? ResultReleaseDateTime, string TestTypeName, bool TestPassed, decimal? TestResultLevel, string? TestComment);
