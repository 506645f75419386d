namespace Metrc.Sdk.MyTrace;

/// <summary>
/// Applies a <see cref="MyTraceImportPlan"/> through an <see cref="IMyTraceGateway"/>, in dependency order. Idempotent
/// and resumable: it first reads what MyTrace has and skips every planned record whose external id is already there, so
/// running a plan twice, or again after an interruption, creates nothing twice.
/// </summary>
public sealed class MyTraceImportExecutor
{
    private readonly IMyTraceGateway _gateway;

    /// <summary>Creates an executor over a gateway.</summary>
    /// <param name="gateway">Where records are created.</param>
    /// <exception cref="ArgumentNullException"><paramref name="gateway"/> is null.</exception>
    public MyTraceImportExecutor(IMyTraceGateway gateway)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        _gateway = gateway;
    }

    /// <summary>Creates the plan's new records: categories, then products, then accounts, then sales orders.</summary>
    /// <param name="plan">The plan (it must be executable).</param>
    /// <param name="progress">Receives a report after each new record.</param>
    /// <param name="cancellationToken">Stops between records; a later run resumes where this one stopped.</param>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="MyTraceValidationException">The plan is not executable (products lack a category mapping), or an order's account or product was not created.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public async Task<MyTraceImportResult> ExecuteAsync(MyTraceImportPlan plan, IProgress<MyTraceImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!plan.IsExecutable)
        {
            throw new MyTraceValidationException(plan.ProductsMissingCategory.SelectMany(p => p.Errors).ToList(), nameof(plan));
        }

        MyTraceSnapshot snapshot = await _gateway.GetSnapshotAsync(cancellationToken).ConfigureAwait(false) ?? MyTraceSnapshot.Empty;
        var run = new Run(plan.NewCount, progress);

        var categoryIds = IdsByExternalId(snapshot.Categories, c => c.ExternalId, c => c.Id);
        MyTraceEntityCounts categories = await CreateAllAsync(plan.Categories, run, categoryIds,
            async (c, ct) =>
            {
                // Same name under another external id (added since planning): use it rather than fail on a duplicate name.
                if (snapshot.Categories.FirstOrDefault(e => MyTraceNames.Key(e.Name) == MyTraceNames.Key(c.Name)) is { } sameName)
                {
                    return (false, sameName.Id);
                }

                MyTraceProductCategory created = await _gateway.CreateCategoryAsync(c, ct).ConfigureAwait(false);
                return (true, created.Id);
            }, cancellationToken).ConfigureAwait(false);

        var productIds = IdsByExternalId(snapshot.Products, p => p.ExternalId, p => p.Id);
        MyTraceEntityCounts products = await CreateAllAsync(plan.Products, run, productIds,
            async (p, ct) => (true, (await _gateway.CreateProductAsync(p, ct).ConfigureAwait(false)).Id), cancellationToken).ConfigureAwait(false);

        var accountIds = IdsByExternalId(snapshot.Accounts, a => a.ExternalId, a => a.Id);
        MyTraceEntityCounts accounts = await CreateAllAsync(plan.Accounts, run, accountIds,
            async (a, ct) => (true, (await _gateway.CreateAccountAsync(a, ct).ConfigureAwait(false)).Id), cancellationToken).ConfigureAwait(false);

        var orderIds = IdsByExternalId(snapshot.Orders, o => o.ExternalId, o => o.Id);
        MyTraceEntityCounts orders = await CreateAllAsync(plan.Orders, run, orderIds,
            async (o, ct) => (true, (await _gateway.CreateSalesOrderAsync(Resolve(o, accountIds, productIds), ct).ConfigureAwait(false)).Id), cancellationToken).ConfigureAwait(false);

        return new MyTraceImportResult { Categories = categories, Products = products, Accounts = accounts, Orders = orders };
    }

    private static MyTraceSalesOrder Resolve(MyTraceSalesOrder order, Dictionary<string, string?> accountIds, Dictionary<string, string?> productIds)
    {
        var errors = new List<MyTraceError>();
        string? accountId = order.AccountId
            ?? (order.AccountExternalId is not null && accountIds.TryGetValue(order.AccountExternalId, out string? a) ? a : null);
        if (accountId is null)
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.MissingDependency, $"Account '{order.AccountExternalId}' of order '{order.OrderNumber}' is not in MyTrace."));
        }

        var lines = new List<MyTraceOrderLine>(order.Lines.Count);
        foreach (MyTraceOrderLine line in order.Lines)
        {
            string? productId = line.ProductId
                ?? (line.ProductExternalId is not null && productIds.TryGetValue(line.ProductExternalId, out string? p) ? p : null);
            if (productId is null)
            {
                errors.Add(new MyTraceError(MyTraceErrorCode.MissingDependency, $"Product '{line.ProductExternalId}' is not in MyTrace.") { LineNumber = line.LineNumber });
            }

            lines.Add(line with { ProductId = productId });
        }

        return errors.Count > 0 ? throw new MyTraceValidationException(errors, "plan") : order with { AccountId = accountId, Lines = lines };
    }

    private static async Task<MyTraceEntityCounts> CreateAllAsync<T>(
        MyTracePlanSection<T> section, Run run, Dictionary<string, string?> idsByExternalId, Func<T, CancellationToken, Task<(bool Created, string? Id)>> create, CancellationToken cancellationToken)
        where T : class
    {
        // Existing entries resolve dependencies by the source's external id, which may differ from the stored one (natural-key match).
        foreach (MyTracePlanEntry<T> existing in section.Existing)
        {
            idsByExternalId.TryAdd(existing.SourceExternalId, existing.ExistingId);
        }

        int imported = 0;
        int present = section.Existing.Count;
        foreach (MyTracePlanEntry<T> entry in section.New)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool created = false;
            if (!idsByExternalId.ContainsKey(entry.SourceExternalId))
            {
                (created, string? id) = await create(entry.Record, cancellationToken).ConfigureAwait(false);
                idsByExternalId[entry.SourceExternalId] = id;
            }

            if (created)
            {
                imported++;
            }
            else
            {
                present++;
            }

            run.Report(section.Kind, entry.SourceExternalId, created);
        }

        return new MyTraceEntityCounts { Kind = section.Kind, Imported = imported, AlreadyPresent = present, Invalid = section.Invalid.Count, Skipped = section.Skipped.Count };
    }

    private static Dictionary<string, string?> IdsByExternalId<T>(IReadOnlyList<T>? records, Func<T, string?> externalId, Func<T, string?> id)
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (T record in records ?? [])
        {
            if (record is not null && externalId(record) is { Length: > 0 } key)
            {
                map.TryAdd(key, id(record));
            }
        }

        return map;
    }

    private sealed class Run(int total, IProgress<MyTraceImportProgress>? progress)
    {
        private int _completed;

        public void Report(MyTraceEntityKind kind, string sourceExternalId, bool created)
        {
            _completed++;
            progress?.Report(new MyTraceImportProgress { Kind = kind, SourceExternalId = sourceExternalId, Created = created, Completed = _completed, Total = total });
        }
    }
}
