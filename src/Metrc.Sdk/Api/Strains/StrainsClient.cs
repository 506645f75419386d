using Metrc.Sdk.Http;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Api;

internal sealed class StrainsClient(MetrcHttpPipeline pipeline) : MetrcApiGroup(pipeline), IStrainsClient
{
    private static readonly MetrcOperation s_listActive = MetrcOperation.Get("Strains.ListActive", "strains/v2/active");

    private static readonly PageResponseReader<Strain> s_list = new(MetrcJsonContext.Default.ListStrain);

    public MetrcPageable<Strain> ListActiveAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        List(s_listActive, licenseNumber, filter, options, s_list, cancellationToken);
}
