using Metrc.Sdk.Api;
using Metrc.Sdk.Http;

namespace Metrc.Sdk;

/// <summary>The default <see cref="IMetrcClient"/>: one pipeline shared by all API groups of a state.</summary>
internal sealed partial class MetrcClient : IMetrcClient
{
    public MetrcClient(MetrcHttpPipeline pipeline)
    {
        State = pipeline.State;
        BaseAddress = pipeline.BaseAddress;
        CreateGroups(pipeline);
        Batches = new Batching.BatchClient(pipeline);
        pipeline.Client = this;
    }

    public MetrcState State { get; }

    public Uri BaseAddress { get; }

    public IMetrcBatchClient Batches { get; }

    public override string ToString() => $"MetrcClient {{ State = {State}, BaseAddress = {BaseAddress} }}";
}
