using Metrc.Sdk.Http;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Api;

internal sealed class PlantsClient(MetrcHttpPipeline pipeline) : MetrcApiGroup(pipeline), IPlantsClient
{
    private static readonly MetrcOperation s_listVegetative = MetrcOperation.Get("Plants.ListVegetative", "plants/v2/vegetative");
    private static readonly MetrcOperation s_listFlowering = MetrcOperation.Get("Plants.ListFlowering", "plants/v2/flowering");
    private static readonly MetrcOperation s_getByLabel = MetrcOperation.Get("Plants.GetByLabel", "plants/v2/");

    private static readonly PageResponseReader<Plant> s_list = new(MetrcJsonContext.Default.ListPlant);
    private static readonly JsonResponseReader<Plant> s_one = new(MetrcJsonContext.Default.Plant);

    public MetrcPageable<Plant> ListVegetativeAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        List(s_listVegetative, licenseNumber, filter, options, s_list, cancellationToken);

    public MetrcPageable<Plant> ListFloweringAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        List(s_listFlowering, licenseNumber, filter, options, s_list, cancellationToken);

    public Task<Plant> GetByLabelAsync(string licenseNumber, string label, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        GetAsync(s_getByLabel, licenseNumber, label, options, s_one, cancellationToken);

    public Task<MetrcWriteResult> ChangeGrowthPhaseAsync(string licenseNumber, IEnumerable<ChangePlantGrowthPhaseRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteRowsAsync(MetrcWriteOperations.ChangePlantGrowthPhase, licenseNumber, rows, options, cancellationToken);

    public Task<MetrcWriteResult> HarvestAsync(string licenseNumber, IEnumerable<HarvestPlantRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteRowsAsync(MetrcWriteOperations.HarvestPlants, licenseNumber, rows, options, cancellationToken);

    public Task<MetrcWriteResult> ManicureAsync(string licenseNumber, IEnumerable<HarvestPlantRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteRowsAsync(MetrcWriteOperations.ManicurePlants, licenseNumber, rows, options, cancellationToken);

    public Task<MetrcWriteResult> DestroyAsync(string licenseNumber, IEnumerable<DestroyPlantRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteRowsAsync(MetrcWriteOperations.DestroyPlants, licenseNumber, rows, options, cancellationToken);
}
