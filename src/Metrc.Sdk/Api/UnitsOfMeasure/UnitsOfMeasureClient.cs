using Metrc.Sdk.Http;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Api;

internal sealed class UnitsOfMeasureClient(MetrcHttpPipeline pipeline) : MetrcApiGroup(pipeline), IUnitsOfMeasureClient
{
    private static readonly MetrcOperation s_listActive = MetrcOperation.Get("UnitsOfMeasure.ListActive", "unitsofmeasure/v2/active", facilityScoped: false);

    private static readonly PageResponseReader<UnitOfMeasure> s_list = new(MetrcJsonContext.Default.ListUnitOfMeasure);

    public Task<IReadOnlyList<UnitOfMeasure>> ListActiveAsync(MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ListAllAsync(s_listActive, null, options, s_list, cancellationToken);
}
