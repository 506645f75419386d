using Metrc.Sdk.Http;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Api;

internal sealed class LocationsClient(MetrcHttpPipeline pipeline) : MetrcApiGroup(pipeline), ILocationsClient
{
    private static readonly MetrcOperation s_listActive = MetrcOperation.Get("Locations.ListActive", "locations/v2/active");

    private static readonly PageResponseReader<Location> s_list = new(MetrcJsonContext.Default.ListLocation);

    public MetrcPageable<Location> ListActiveAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        List(s_listActive, licenseNumber, filter, options, s_list, cancellationToken);
}
