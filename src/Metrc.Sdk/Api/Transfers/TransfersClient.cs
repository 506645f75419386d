using System.Globalization;
using Metrc.Sdk.Http;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Api;

internal sealed class TransfersClient(MetrcHttpPipeline pipeline) : MetrcApiGroup(pipeline), ITransfersClient
{
    private static readonly MetrcOperation s_listOutgoing = MetrcOperation.Get("Transfers.ListOutgoing", "transfers/v2/outgoing");

    private static readonly PageResponseReader<OutgoingTransfer> s_transfers = new(MetrcJsonContext.Default.ListOutgoingTransfer);
    private static readonly PageResponseReader<TransferPackage> s_packages = new(MetrcJsonContext.Default.ListTransferPackage);

    public MetrcPageable<OutgoingTransfer> ListOutgoingAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        List(s_listOutgoing, licenseNumber, filter, options, s_transfers, cancellationToken);

    public MetrcPageable<TransferPackage> ListDeliveryPackagesAsync(string licenseNumber, long deliveryId, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(deliveryId);
        MetrcOperation operation = MetrcOperation.Get(
            "Transfers.ListDeliveryPackages", $"transfers/v2/deliveries/{deliveryId.ToString(CultureInfo.InvariantCulture)}/packages");
        return List(operation, licenseNumber, null, options, s_packages, cancellationToken);
    }

    public Task<MetrcWriteResult> CreateOutgoingAsync(string licenseNumber, IEnumerable<CreateOutgoingTransferRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteRowsAsync(MetrcWriteOperations.CreateOutgoingTransfers, licenseNumber, rows, options, cancellationToken);
}
