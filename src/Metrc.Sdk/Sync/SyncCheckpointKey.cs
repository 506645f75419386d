namespace Metrc.Sdk.Sync;

/// <summary>What a checkpoint belongs to: one facility's licence and one section.</summary>
/// <param name="LicenseNumber">The facility's licence number.</param>
/// <param name="Section">The section's name (see <see cref="MetrcSyncSection.Name"/>).</param>
public readonly record struct SyncCheckpointKey(string LicenseNumber, string Section)
{
    /// <inheritdoc />
    public override string ToString() => $"{LicenseNumber}/{Section}";
}
