using Metrc.Sdk.Models;

namespace Metrc.Sdk;

/// <summary>Strains of a facility.</summary>
public interface IStrainsClient
{
    /// <summary>Active records of a facility (<c>GET /strains/v2/active</c>), all pages.</summary>
    /// <param name="licenseNumber">The facility's licence number.</param>
    /// <param name="filter">Optional <c>lastModified</c> range; longer than 24 hours is split automatically.</param>
    /// <param name="options">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    MetrcPageable<Strain> ListActiveAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);
}
