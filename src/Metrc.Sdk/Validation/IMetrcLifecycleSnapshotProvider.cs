namespace Metrc.Sdk;

/// <summary>
/// Supplies the lifecycle snapshot that automatic validation checks a write against. Register one in the service
/// collection (<c>services.AddSingleton/// <summary>Supplies the lifecycle snapshot that automatic validation checks a write against.</summary>lt;IMetrcLifecycleSnapshotProvider, MySnapshots/// <summary>Supplies the lifecycle snapshot that automatic validation checks a write against.</summary>gt;()</c>); without one, writes get
/// the stateless rules unless a call passes <see cref="MetrcRequestOptions.LifecycleSnapshot"/>.
/// </summary>
public interface IMetrcLifecycleSnapshotProvider
{
    /// <summary>Returns the facility's snapshot, or <see langword="null"/> to run only the stateless rules.</summary>
    /// <param name="state">The state of the client making the write.</param>
    /// <param name="licenseNumber">The facility.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    ValueTask<MetrcLifecycleSnapshot?> GetSnapshotAsync(MetrcState state, string licenseNumber, CancellationToken cancellationToken = default);
}
