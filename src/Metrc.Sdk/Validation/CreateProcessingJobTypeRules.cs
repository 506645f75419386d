using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /processing/v2/jobtypes</c>.</summary>
internal sealed class CreateProcessingJobTypeRules : IRowRules<CreateProcessingJobTypeRequest>
{
    public static readonly CreateProcessingJobTypeRules Instance = new();

    public void Check(ValidationSession s, int row, CreateProcessingJobTypeRequest r) =>
        s.JobTypeFields(row, r.Name, "Category", r.Category, r.Attributes, self: null);
}
