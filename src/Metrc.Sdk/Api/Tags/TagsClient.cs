using Metrc.Sdk.Http;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Api;

internal sealed class TagsClient(MetrcHttpPipeline pipeline) : MetrcApiGroup(pipeline), ITagsClient
{
    private static readonly MetrcOperation s_plantAvailable = MetrcOperation.Get("Tags.ListAvailablePlant", "tags/v2/plant/available");
    private static readonly MetrcOperation s_packageAvailable = MetrcOperation.Get("Tags.ListAvailablePackage", "tags/v2/package/available");

    private static readonly PageResponseReader<MetrcTag> s_list = new(MetrcJsonContext.Default.ListMetrcTag);

    public MetrcPageable<MetrcTag> ListAvailablePlantTagsAsync(string licenseNumber, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        List(s_plantAvailable, licenseNumber, null, options, s_list, cancellationToken);

    public MetrcPageable<MetrcTag> ListAvailablePackageTagsAsync(string licenseNumber, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        List(s_packageAvailable, licenseNumber, null, options, s_list, cancellationToken);
}
