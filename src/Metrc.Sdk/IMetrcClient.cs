namespace Metrc.Sdk;

/// <summary>
/// A client for one state's Metrc API. API groups are properties:
/// <c>client.Packages.ListActiveAsync(licenseNumber)</c>. Thread-safe; cheap to create through
/// <see cref="IMetrcClientFactory"/>.
/// </summary>
public partial interface IMetrcClient
{
    /// <summary>The state this client talks to.</summary>
    MetrcState State { get; }

    /// <summary>The base address requests go to.</summary>
    Uri BaseAddress { get; }

    /// <summary>
    /// "Now" and "today" in a facility's time zone, on this client's <see cref="TimeProvider"/>: use
    /// <c>Clock.GetToday(licenseNumber)</c> for business dates, never the UTC date.
    /// </summary>
    MetrcClock Clock { get; }

    /// <summary>Batched writes of any number of rows with every row's outcome.</summary>
    IMetrcBatchClient Batches { get; }
}
