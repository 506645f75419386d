using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /packages/v2/labtests/required</c>.</summary>
internal sealed class SetRequiredLabTestsRules : IRowRules<SetRequiredLabTestsRequest>
{
    public static readonly SetRequiredLabTestsRules Instance = new();

    public void Check(ValidationSession s, int row, SetRequiredLabTestsRequest r)
    {
        if (s.TagFormat(row, "Label", r.Label))
        {
            s.UsablePackage(row, "Label", r.Label!);
        }

        if (!s.RequiredList(row, "RequiredLabTestBatches", r.RequiredLabTestBatches))
        {
            return;
        }

        for (int i = 0; i < r.RequiredLabTestBatches!.Count; i++)
        {
            string? name = r.RequiredLabTestBatches[i];
            if (string.IsNullOrWhiteSpace(name) || s.Snapshot?.LabTestBatches is { } known && !known.Contains(name))
            {
                // The field path is built only for a bad element.
                s.Named(row, $"RequiredLabTestBatches[{i}]", name, s.Snapshot?.LabTestBatches, MetrcRuleCodes.LabTestBatchNotFound);
            }
        }
    }
}
