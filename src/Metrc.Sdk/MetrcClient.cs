using Metrc.Sdk.Api;
using Metrc.Sdk.Http;

namespace Metrc.Sdk;

/// <summary>The default <see cref="IMetrcClient"/>: one pipeline shared by all API groups of a state.</summary>
internal sealed partial class MetrcClient : IMetrcClient
{
    /// <param name="pipeline">The state's pipeline.</param>
    /// <param name="clock">The facility clock; the state's zone on the pipeline's clock when <see langword="null"/>.</param>
    public MetrcClient(MetrcHttpPipeline pipeline, MetrcClock? clock = null)
    {
        State = pipeline.State;
        BaseAddress = pipeline.BaseAddress;
        Clock = clock ?? new MetrcClock(pipeline.State, pipeline.TimeProvider);
        CreateGroups(pipeline);
        Batches = new Batching.BatchClient(pipeline);
        pipeline.Client = this;
    }

    public MetrcState State { get; }

    public Uri BaseAddress { get; }

    public MetrcClock Clock { get; }

    public IMetrcBatchClient Batches { get; }

    public override string ToString() => $"MetrcClient {{ State = {State}, BaseAddress = {BaseAddress} }}";
}
