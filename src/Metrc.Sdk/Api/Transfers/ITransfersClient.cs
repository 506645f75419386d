using Metrc.Sdk.Models;

namespace Metrc.Sdk;

/// <summary>Transfers between licensees.</summary>
public interface ITransfersClient
{
    /// <summary>Outgoing transfers (<c>GET /transfers/v2/outgoing</c>), all pages.</summary>
    /// <param name="licenseNumber">The shipper's licence number.</param>
    /// <param name="filter">Optional <c>lastModified</c> range; longer than 24 hours is split automatically.</param>
    /// <param name="options">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    MetrcPageable<OutgoingTransfer> ListOutgoingAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>The packages of one delivery (<c>GET /transfers/v2/deliveries/{id}/packages</c>), all pages.</summary>
    MetrcPageable<TransferPackage> ListDeliveryPackagesAsync(string licenseNumber, long deliveryId, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Creates outgoing transfers (<c>POST /transfers/v2/templates/outgoing</c>); a manifest holds at most 200 packages.</summary>
    Task<MetrcWriteResult> CreateOutgoingAsync(string licenseNumber, IEnumerable<CreateOutgoingTransferRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);
}
