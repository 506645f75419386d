namespace Metrc.Sdk;

// Lab test results and batches (a package's own lab testing state is on MetrcPackageInfo).
public sealed partial class MetrcLifecycleSnapshot
{
    /// <summary>The ids of the facility's recorded lab test results (documents are attached to them); <see langword="null"/> when unknown.</summary>
    public IReadOnlySet<long>? LabTestResultIds { get; init; }

    /// <summary>The lab test batch names packages may be required to pass, by name (compared without case); <see langword="null"/> when unknown.</summary>
    public IReadOnlySet<string>? LabTestBatches { get; init; }
}
