using Metrc.Sdk.Api;
using Metrc.Sdk.Http;

namespace Metrc.Sdk;

/// <summary>The default <see cref="IMetrcClient"/>: one pipeline shared by all API groups of a state.</summary>
internal sealed class MetrcClient : IMetrcClient
{
    /// <param name="pipeline">The state's pipeline.</param>
    /// <param name="clock">The facility clock; the state's zone on the pipeline's clock when <see langword="null"/>.</param>
    public MetrcClient(MetrcHttpPipeline pipeline, MetrcClock? clock = null)
    {
        State = pipeline.State;
        BaseAddress = pipeline.BaseAddress;
        Clock = clock ?? new MetrcClock(pipeline.State, pipeline.TimeProvider);
        Facilities = new FacilitiesClient(pipeline);
        Harvests = new HarvestsClient(pipeline);
        Items = new ItemsClient(pipeline);
        Locations = new LocationsClient(pipeline);
        Packages = new PackagesClient(pipeline);
        PlantBatches = new PlantBatchesClient(pipeline);
        Plants = new PlantsClient(pipeline);
        Sales = new SalesClient(pipeline);
        Strains = new StrainsClient(pipeline);
        Tags = new TagsClient(pipeline);
        Transfers = new TransfersClient(pipeline);
        UnitsOfMeasure = new UnitsOfMeasureClient(pipeline);
        Batches = new Batching.BatchClient(pipeline);
        pipeline.Client = this;
    }

    public MetrcState State { get; }

    public Uri BaseAddress { get; }

    public MetrcClock Clock { get; }

    public IFacilitiesClient Facilities { get; }

    public IHarvestsClient Harvests { get; }

    public IItemsClient Items { get; }

    public ILocationsClient Locations { get; }

    public IPackagesClient Packages { get; }

    public IPlantBatchesClient PlantBatches { get; }

    public IPlantsClient Plants { get; }

    public ISalesClient Sales { get; }

    public IStrainsClient Strains { get; }

    public ITagsClient Tags { get; }

    public ITransfersClient Transfers { get; }

    public IUnitsOfMeasureClient UnitsOfMeasure { get; }

    public IMetrcBatchClient Batches { get; }

    public override string ToString() => $"MetrcClient {{ State = {State}, BaseAddress = {BaseAddress} }}";
}
