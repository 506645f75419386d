using System.Globalization;
using Metrc.Sdk.Http;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Api;

internal sealed class PackagesClient(MetrcHttpPipeline pipeline) : MetrcApiGroup(pipeline), IPackagesClient
{
    private static readonly MetrcOperation s_listActive = MetrcOperation.Get("Packages.ListActive", "packages/v2/active");
    private static readonly MetrcOperation s_listOnHold = MetrcOperation.Get("Packages.ListOnHold", "packages/v2/onhold");
    private static readonly MetrcOperation s_listInactive = MetrcOperation.Get("Packages.ListInactive", "packages/v2/inactive");
    private static readonly MetrcOperation s_listInTransit = MetrcOperation.Get("Packages.ListInTransit", "packages/v2/intransit");
    private static readonly MetrcOperation s_getById = MetrcOperation.Get("Packages.GetById", "packages/v2/");
    private static readonly MetrcOperation s_getByLabel = MetrcOperation.Get("Packages.GetByLabel", "packages/v2/");

    private static readonly PageResponseReader<Package> s_list = new(MetrcJsonContext.Default.ListPackage);
    private static readonly JsonResponseReader<Package> s_one = new(MetrcJsonContext.Default.Package);

    public MetrcPageable<Package> ListActiveAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        List(s_listActive, licenseNumber, filter, options, s_list, cancellationToken);

    public MetrcPageable<Package> ListOnHoldAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        List(s_listOnHold, licenseNumber, filter, options, s_list, cancellationToken);

    public MetrcPageable<Package> ListInactiveAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        List(s_listInactive, licenseNumber, filter, options, s_list, cancellationToken);

    public MetrcPageable<Package> ListInTransitAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        List(s_listInTransit, licenseNumber, filter, options, s_list, cancellationToken);

    public Task<Package> GetByIdAsync(string licenseNumber, long id, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(id);
        return GetAsync(s_getById, licenseNumber, id.ToString(CultureInfo.InvariantCulture), options, s_one, cancellationToken);
    }

    public Task<Package> GetByLabelAsync(string licenseNumber, string label, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        GetAsync(s_getByLabel, licenseNumber, label, options, s_one, cancellationToken);

    public Task<MetrcWriteResult> CreateAsync(string licenseNumber, IEnumerable<CreatePackageRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteRowsAsync(MetrcWriteOperations.CreatePackages, licenseNumber, rows, options, cancellationToken);

    public Task<MetrcWriteResult> FinishAsync(string licenseNumber, IEnumerable<FinishPackageRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteRowsAsync(MetrcWriteOperations.FinishPackages, licenseNumber, rows, options, cancellationToken);

    public Task<MetrcWriteResult> UnfinishAsync(string licenseNumber, IEnumerable<UnfinishPackageRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteRowsAsync(MetrcWriteOperations.UnfinishPackages, licenseNumber, rows, options, cancellationToken);

    public Task<MetrcWriteResult> AdjustAsync(string licenseNumber, IEnumerable<AdjustPackageRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteRowsAsync(MetrcWriteOperations.AdjustPackages, licenseNumber, rows, options, cancellationToken);
}
