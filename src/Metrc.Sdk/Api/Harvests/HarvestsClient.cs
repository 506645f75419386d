using Metrc.Sdk.Http;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Api;

internal sealed class HarvestsClient(MetrcHttpPipeline pipeline) : MetrcApiGroup(pipeline), IHarvestsClient
{
    private static readonly MetrcOperation s_listActive = MetrcOperation.Get("Harvests.ListActive", "harvests/v2/active");

    private static readonly PageResponseReader<Harvest> s_list = new(MetrcJsonContext.Default.ListHarvest);

    public MetrcPageable<Harvest> ListActiveAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        List(s_listActive, licenseNumber, filter, options, s_list, cancellationToken);

    public Task<MetrcWriteResult> CreatePackagesAsync(string licenseNumber, IEnumerable<CreateHarvestPackageRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteRowsAsync(MetrcWriteOperations.CreateHarvestPackages, licenseNumber, rows, options, cancellationToken);
}
