using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /labtests/v2/labtestdocument</c>.</summary>
internal sealed class UploadLabTestDocumentRules : IRowRules<UploadLabTestDocumentRequest>
{
    public static readonly UploadLabTestDocumentRules Instance = new();

    public void Check(ValidationSession s, int row, UploadLabTestDocumentRequest r)
    {
        s.LabTestDocument(row, r.DocumentFileName, r.DocumentFileBase64);
        if (r.LabTestResultId is not { } id)
        {
            s.Report(row, "LabTestResultId", MetrcRuleCodes.Required, "LabTestResultId is required.");
        }
        else if (s.Snapshot?.LabTestResultIds is { } ids && !ids.Contains(id))
        {
            s.Report(row, "LabTestResultId", MetrcRuleCodes.LabTestResultNotFound, $"Lab test result {id} was not found.");
        }
    }
}
