using Metrc.Sdk.Http;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Api;

internal sealed class SalesClient(MetrcHttpPipeline pipeline) : MetrcApiGroup(pipeline), ISalesClient
{
    private static readonly MetrcOperation s_listActive = MetrcOperation.Get("Sales.ListActiveReceipts", "sales/v2/receipts/active");
    private static readonly MetrcOperation s_getByExternal = MetrcOperation.Get("Sales.GetReceiptByExternalNumber", "sales/v2/receipts/external/");

    private static readonly PageResponseReader<SalesReceipt> s_list = new(MetrcJsonContext.Default.ListSalesReceipt);
    private static readonly JsonResponseReader<SalesReceipt> s_one = new(MetrcJsonContext.Default.SalesReceipt);

    public MetrcPageable<SalesReceipt> ListActiveReceiptsAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        List(s_listActive, licenseNumber, filter, options, s_list, cancellationToken);

    public Task<SalesReceipt> GetReceiptByExternalNumberAsync(string licenseNumber, string externalReceiptNumber, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        GetAsync(s_getByExternal, licenseNumber, externalReceiptNumber, options, s_one, cancellationToken);

    public Task<MetrcWriteResult> CreateReceiptsAsync(string licenseNumber, IEnumerable<CreateSalesReceiptRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteRowsAsync(MetrcWriteOperations.CreateSalesReceipts, licenseNumber, rows, options, cancellationToken);
}
