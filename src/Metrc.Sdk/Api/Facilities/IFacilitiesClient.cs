using Metrc.Sdk.Models;

namespace Metrc.Sdk;

/// <summary>The facilities (licences) the user key can act for.</summary>
public interface IFacilitiesClient
{
    /// <summary>The facilities of the current user key (<c>GET /facilities/v2/</c>; a bare JSON array).</summary>
    /// <param name="options">Per-call options; the credentials decide which facilities are listed.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<IReadOnlyList<Facility>> ListAsync(MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);
}
