using Metrc.Sdk.Models;

namespace Metrc.Sdk;

/// <summary>Sales receipts.</summary>
public interface ISalesClient
{
    /// <summary>Active sales receipts (<c>GET /sales/v2/receipts/active</c>), all pages.</summary>
    /// <param name="licenseNumber">The facility's licence number.</param>
    /// <param name="filter">Optional <c>lastModified</c> range; longer than 24 hours is split automatically.</param>
    /// <param name="options">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    MetrcPageable<SalesReceipt> ListActiveReceiptsAsync(string licenseNumber, MetrcListFilter? filter = null, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>One receipt by your external receipt number (<c>GET /sales/v2/receipts/external/{number}</c>).</summary>
    /// <exception cref="MetrcNotFoundException">No receipt has that number.</exception>
    Task<SalesReceipt> GetReceiptByExternalNumberAsync(string licenseNumber, string externalReceiptNumber, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Records sales (<c>POST /sales/v2/receipts</c>); finished, on-hold and in-transit packages are rejected.</summary>
    Task<MetrcWriteResult> CreateReceiptsAsync(string licenseNumber, IEnumerable<CreateSalesReceiptRequest> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);
}
