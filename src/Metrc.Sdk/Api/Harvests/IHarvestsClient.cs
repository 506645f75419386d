using Metrc.Sdk.Models;

namespace Metrc.Sdk;

/// <summary>Harvest batches.</summary>
public interface IHarvestsClient
{
    /// <summary>Active records of a facility (<c>GET /harvests/v2/active</c>), all pages.</summary>
    /// <param name="licenseNumber">The facility's licence number.</param>
    /// <param name="filter">Optional <c>lastModified</c> range; longer than 24 hours is split automatically.</param>
    /// <param name="options">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    MetrcPageable<Harvest> ListActiveAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Creates packages from harvests (<c>POST /harvests/v2/packages</c>).</summary>
    Task<MetrcWriteResult> CreatePackagesAsync(string licenseNumber, IEnumerable<CreateHarvestPackageRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);
}
