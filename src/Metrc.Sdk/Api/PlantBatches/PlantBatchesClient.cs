using Metrc.Sdk.Http;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Api;

internal sealed class PlantBatchesClient(MetrcHttpPipeline pipeline) : MetrcApiGroup(pipeline), IPlantBatchesClient
{
    private static readonly MetrcOperation s_listActive = MetrcOperation.Get("PlantBatches.ListActive", "plantbatches/v2/active");

    private static readonly PageResponseReader<PlantBatch> s_list = new(MetrcJsonContext.Default.ListPlantBatch);

    public MetrcPageable<PlantBatch> ListActiveAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        List(s_listActive, licenseNumber, filter, options, s_list, cancellationToken);

    public Task<MetrcWriteResult> ChangeGrowthPhaseAsync(string licenseNumber, IEnumerable<ChangePlantBatchGrowthPhaseRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteRowsAsync(MetrcWriteOperations.ChangePlantBatchGrowthPhase, licenseNumber, rows, options, cancellationToken);

    public Task<MetrcWriteResult> CreatePlantingsAsync(string licenseNumber, IEnumerable<CreatePlantingsRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteRowsAsync(MetrcWriteOperations.CreatePlantings, licenseNumber, rows, options, cancellationToken);
}
