using Metrc.Sdk.Models;

namespace Metrc.Sdk;

/// <summary>Plant and package tags issued to a facility.</summary>
public interface ITagsClient
{
    /// <summary>Unused plant tags (<c>GET /tags/v2/plant/available</c>).</summary>
    /// <param name="licenseNumber">The facility's licence number.</param>
    /// <param name="options">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    MetrcPageable<MetrcTag> ListAvailablePlantTagsAsync(string licenseNumber, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Unused package tags (<c>GET /tags/v2/package/available</c>). See <see cref="ListAvailablePlantTagsAsync"/>.</summary>
    MetrcPageable<MetrcTag> ListAvailablePackageTagsAsync(string licenseNumber, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);
}
