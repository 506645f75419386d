namespace Metrc.Sdk.Testing.Data;

// Lab test results, the batch names packages may require, and what each package is required to pass.
internal sealed partial class FacilityData
{
    /// <summary>Lab test batch names of the facility's state (seeded), by name.</summary>
    public Dictionary<string, NamedData> LabTestBatches { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Recorded lab test results (one record per recorded row), in id order.</summary>
    public List<LabResultData> LabResults { get; set; } = [];

    /// <summary>The lab test batches each package is required to pass, by package label.</summary>
    public Dictionary<string, List<string>> RequiredLabTestBatches { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Seeds the lab test batch names every facility knows (Metrc's documented examples).</summary>
    public static void SeedLabTests(EmulatorData data, FacilityData facility, DateTimeOffset now)
    {
        foreach (string batch in new[] { "Potency", "Microbiologicals", "Pesticides", "Heavy Metals", "Residual Solvents" })
        {
            facility.LabTestBatches[batch] = new NamedData { Id = ++data.NextId, Name = batch, LastModified = now };
        }
    }
}

/// <summary>One recorded lab test row: a package's results of one test date, with its optional document.</summary>
internal sealed class LabResultData
{
    public long Id { get; set; }

    public long PackageId { get; set; }

    public string PackageLabel { get; set; } = string.Empty;

    public DateOnly TestPerformedDate { get; set; }

    public long? DocumentFileId { get; set; }

    public string? DocumentFileName { get; set; }

    public bool Released { get; set; }

    public DateTimeOffset? ReleasedAt { get; set; }

    public List<LabResultLineData> Lines { get; set; } = [];

    public DateTimeOffset LastModified { get; set; }

    public bool OverallPassed => Lines.TrueForAll(l => l.Passed);
}

/// <summary>One test of a recorded row (THC, pathogens, ...).</summary>
internal sealed class LabResultLineData
{
    public string TestTypeName { get; set; } = string.Empty;

    public decimal? Quantity { get; set; }

    public bool Passed { get; set; }

    public string? Notes { get; set; }
}
