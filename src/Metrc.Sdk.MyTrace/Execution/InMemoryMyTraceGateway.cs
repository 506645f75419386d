using System.Globalization;

namespace Metrc.Sdk.MyTrace;

/// <summary>
/// A thread-safe, in-memory <see cref="IMyTraceGateway"/> for tests and samples. It enforces what a real store would:
/// external ids are unique per kind, a product's category exists, an order's account and products exist.
/// </summary>
public sealed class InMemoryMyTraceGateway : IMyTraceGateway
{
    private readonly Lock _lock = new();
    private readonly List<MyTraceProductCategory> _categories = [];
    private readonly List<MyTraceProduct> _products = [];
    private readonly List<MyTraceAccount> _accounts = [];
    private readonly List<MyTraceSalesOrder> _orders = [];
    private int _nextId;

    /// <summary>How many records have been created (all kinds).</summary>
    public int CreateCount
    {
        get
        {
            lock (_lock)
            {
                return _categories.Count + _products.Count + _accounts.Count + _orders.Count;
            }
        }
    }

    /// <inheritdoc />
    public Task<MyTraceSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            return Task.FromResult(new MyTraceSnapshot
            {
                Categories = [.. _categories],
                Products = [.. _products],
                Accounts = [.. _accounts],
                Orders = [.. _orders],
            });
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="InvalidOperationException">A category with the same external id or name exists.</exception>
    public Task<MyTraceProductCategory> CreateCategoryAsync(MyTraceProductCategory category, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentException.ThrowIfNullOrWhiteSpace(category.Name, "category.Name");
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            EnsureUnique(_categories, c => c.ExternalId, category.ExternalId, "category");
            if (_categories.Any(c => MyTraceNames.Key(c.Name) == MyTraceNames.Key(category.Name)))
            {
                throw new InvalidOperationException($"A category named '{category.Name}' already exists.");
            }

            MyTraceProductCategory stored = category with { Id = NextId("cat") };
            _categories.Add(stored);
            return Task.FromResult(stored);
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="InvalidOperationException">The external id exists or the category does not.</exception>
    public Task<MyTraceProduct> CreateProductAsync(MyTraceProduct product, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentException.ThrowIfNullOrWhiteSpace(product.Name, "product.Name");
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            EnsureUnique(_products, p => p.ExternalId, product.ExternalId, "product");
            if (!_categories.Any(c => MyTraceNames.Key(c.Name) == MyTraceNames.Key(product.CategoryName)))
            {
                throw new InvalidOperationException($"Product '{product.Name}' names the category '{product.CategoryName}', which does not exist.");
            }

            MyTraceProduct stored = product with { Id = NextId("prd") };
            _products.Add(stored);
            return Task.FromResult(stored);
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="InvalidOperationException">The external id exists.</exception>
    public Task<MyTraceAccount> CreateAccountAsync(MyTraceAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentException.ThrowIfNullOrWhiteSpace(account.Name, "account.Name");
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            EnsureUnique(_accounts, a => a.ExternalId, account.ExternalId, "account");
            MyTraceAccount stored = account with { Id = NextId("acc") };
            _accounts.Add(stored);
            return Task.FromResult(stored);
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The order number is blank.</exception>
    /// <exception cref="InvalidOperationException">The external id exists, or the account or a product does not.</exception>
    public Task<MyTraceSalesOrder> CreateSalesOrderAsync(MyTraceSalesOrder order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentException.ThrowIfNullOrWhiteSpace(order.OrderNumber, "order.OrderNumber");
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            EnsureUnique(_orders, o => o.ExternalId, order.ExternalId, "sales order");
            if (order.AccountId is null || !_accounts.Any(a => a.Id == order.AccountId))
            {
                throw new InvalidOperationException($"Order '{order.OrderNumber}' names the account '{order.AccountId}', which does not exist.");
            }

            foreach (MyTraceOrderLine line in order.Lines ?? [])
            {
                if (line.ProductId is null || !_products.Any(p => p.Id == line.ProductId))
                {
                    throw new InvalidOperationException($"Line {line.LineNumber} of order '{order.OrderNumber}' names the product '{line.ProductId}', which does not exist.");
                }
            }

            MyTraceSalesOrder stored = order with { Id = NextId("ord") };
            _orders.Add(stored);
            return Task.FromResult(stored);
        }
    }

    private static void EnsureUnique<T>(List<T> records, Func<T, string?> externalId, string? value, string kind)
    {
        if (!string.IsNullOrWhiteSpace(value) && records.Any(r => externalId(r) == value))
        {
            throw new InvalidOperationException($"A {kind} with the external id '{value}' already exists.");
        }
    }

    private string NextId(string prefix) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{++_nextId:D6}");
}
