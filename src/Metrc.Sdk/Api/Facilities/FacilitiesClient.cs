using Metrc.Sdk.Http;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Api;

internal sealed class FacilitiesClient(MetrcHttpPipeline pipeline) : MetrcApiGroup(pipeline), IFacilitiesClient
{
    private static readonly MetrcOperation s_list = MetrcOperation.Get("Facilities.List", "facilities/v2/", facilityScoped: false);

    private static readonly PageResponseReader<Facility> s_reader = new(MetrcJsonContext.Default.ListFacility);

    public Task<IReadOnlyList<Facility>> ListAsync(MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ListAllAsync(s_list, null, options, s_reader, cancellationToken);
}
