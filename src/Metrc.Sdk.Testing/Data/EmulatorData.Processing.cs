namespace Metrc.Sdk.Testing.Data;

// Processing jobs and job types of a facility.
internal sealed partial class FacilityData
{
    /// <summary>Processing jobs (open and finished) by job name; a deleted job is removed.</summary>
    public Dictionary<string, ProcessingJobData> ProcessingJobs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Processing job types (active and archived) by id.</summary>
    public Dictionary<long, JobTypeData> JobTypes { get; set; } = [];
}

#pragma warning disable SA1402 // the domain's small data classes kept together
internal sealed class ProcessingJobData
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string JobType { get; set; } = string.Empty;

    public DateOnly StartDate { get; set; }

    /// <summary>What the job holds of each input package, by label, in the package's unit.</summary>
    public Dictionary<string, decimal> Inputs { get; set; } = new(StringComparer.Ordinal);

    public bool IsFinished { get; set; }

    public DateOnly? FinishedDate { get; set; }

    public string? FinishNote { get; set; }

    public decimal? TotalWeightWaste { get; set; }

    public DateTimeOffset LastModified { get; set; }
}

internal sealed class JobTypeData
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Category { get; set; } = string.Empty;

    public string? Description { get; set; }

    public string? ProcessingSteps { get; set; }

    public List<string> Attributes { get; set; } = [];

    public bool Active { get; set; } = true;

    public DateTimeOffset LastModified { get; set; }

    /// <summary>Seeds the job types every facility starts with (in the states that have processing jobs, they are used; elsewhere unseen).</summary>
    public static void Seed(EmulatorData data, DateTimeOffset now)
    {
        foreach (FacilityData facility in data.States.Values.SelectMany(s => s.Facilities.Values))
        {
            foreach ((string name, string category, string attribute) in new[] { ("Extraction", "Extraction", "Solvent"), ("Infusion", "Infusion", "Infused") })
            {
                var type = new JobTypeData { Id = ++data.NextId, Name = name, Category = category, Attributes = [attribute], LastModified = now };
                facility.JobTypes[type.Id] = type;
            }
        }
    }
}
