using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /labtests/v2/record</c>.</summary>
internal sealed class RecordLabTestResultRules : IRowRules<RecordLabTestResultRequest>
{
    public static readonly RecordLabTestResultRules Instance = new();

    public void Check(ValidationSession s, int row, RecordLabTestResultRequest r)
    {
        s.TestablePackage(row, "Label", r.Label);
        s.LocalDateOf(row, "ResultDate", r.ResultDate);
        if (r.DocumentFileName is not null || r.DocumentFileBase64 is not null)
        {
            s.LabTestDocument(row, r.DocumentFileName, r.DocumentFileBase64);
        }

        if (!s.RequiredList(row, "Results", r.Results))
        {
            return;
        }

        for (int i = 0; i < r.Results!.Count; i++)
        {
            LabTestResultRequest? result = r.Results[i];
            FieldPath type = FieldPath.Item("Results", i, "LabTestTypeName");
            if (!s.RequiredItem(row, type, result, "Result"))
            {
                continue;
            }

            s.Required(row, type, result.LabTestTypeName);
            if (result.Passed is null)
            {
                s.Report(row, FieldPath.Item("Results", i, "Passed"), MetrcRuleCodes.Required, "Passed is required (whether the test passed).");
            }

            if (result.Quantity is < 0)
            {
                s.Report(row, FieldPath.Item("Results", i, "Quantity"), MetrcRuleCodes.InvalidValue, $"Quantity {result.Quantity} must not be negative.");
            }
        }
    }
}
