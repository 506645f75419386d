namespace Metrc.Sdk.MyTrace;

/// <summary>MyTrace's storage as the import executor sees it. Implement it over MyTrace's API or database; <see cref="InMemoryMyTraceGateway"/> serves tests and samples.</summary>
public interface IMyTraceGateway
{
    /// <summary>Everything the licensee has now (the executor reads it first, so a re-run skips what an interrupted run created).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<MyTraceSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a new product category and returns it with its MyTrace id.</summary>
    /// <param name="category">The category.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<MyTraceProductCategory> CreateCategoryAsync(MyTraceProductCategory category, CancellationToken cancellationToken = default);

    /// <summary>Stores a new product (its category exists) and returns it with its MyTrace id.</summary>
    /// <param name="product">The product.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<MyTraceProduct> CreateProductAsync(MyTraceProduct product, CancellationToken cancellationToken = default);

    /// <summary>Stores a new account and returns it with its MyTrace id.</summary>
    /// <param name="account">The account.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<MyTraceAccount> CreateAccountAsync(MyTraceAccount account, CancellationToken cancellationToken = default);

    /// <summary>Stores a new sales order (its account and products exist, referenced by MyTrace id) and returns it with its id.</summary>
    /// <param name="order">The order.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<MyTraceSalesOrder> CreateSalesOrderAsync(MyTraceSalesOrder order, CancellationToken cancellationToken = default);
}
