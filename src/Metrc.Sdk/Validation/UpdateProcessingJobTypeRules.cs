using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /processing/v2/jobtypes</c>: only an existing active type, under a name no other active type has.</summary>
internal sealed class UpdateProcessingJobTypeRules : IRowRules<UpdateProcessingJobTypeRequest>
{
    public static readonly UpdateProcessingJobTypeRules Instance = new();

    public void Check(ValidationSession s, int row, UpdateProcessingJobTypeRequest r)
    {
        if (r.Id is not { } id)
        {
            s.Report(row, "Id", MetrcRuleCodes.Required, "Id is required.");
        }
        else if (s.Snapshot?.ProcessingJobTypes is { } types && !types.Values.Contains(id))
        {
            s.Report(row, "Id", MetrcRuleCodes.ProcessingJobTypeNotFound, $"Processing job type {id} does not exist or is archived.");
        }

        s.JobTypeFields(row, r.Name, "CategoryName", r.CategoryName, r.Attributes, r.Id);
    }
}
