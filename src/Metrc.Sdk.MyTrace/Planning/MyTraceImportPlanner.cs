namespace Metrc.Sdk.MyTrace;

/// <summary>
/// Compares source records with what MyTrace has and decides, per record, New / Existing / Invalid / Skipped. Pure: no I/O.
/// </summary>
/// <remarks>
/// <para>Order: categories → products → accounts → sales orders; a record whose dependency (category, account, product)
/// is neither in MyTrace nor importable is Invalid with a <see cref="MyTraceErrorCode.MissingDependency"/> error naming it.</para>
/// <para>Deduplication: by external id first, then by normalised natural key — category name; product SKU, else name +
/// brand; account name + licence number; order number. A second source record with the same id or key is Invalid
/// (<see cref="MyTraceErrorCode.DuplicateInSource"/>). Because created records keep the source external id, planning the
/// same source against the result of an import yields no New records.</para>
/// <para>Filters: brand applies to products; country and state to accounts; selected accounts to orders. Filtered records
/// are listed under Skipped with the reason, as are orders of filtered-out accounts.</para>
/// </remarks>
public static class MyTraceImportPlanner
{
    /// <summary>Builds the plan.</summary>
    /// <param name="request">Source, existing MyTrace data, filters, category mapping and time zone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or one of its required parts is null.</exception>
    public static MyTraceImportPlan Plan(MyTraceImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Source, "request.Source");
        ArgumentNullException.ThrowIfNull(request.TimeZone, "request.TimeZone");
        var state = new PlanningState(request);
        MyTracePlanSection<MyTraceProductCategory> categories = state.PlanCategories();
        MyTracePlanSection<MyTraceProduct> products = state.PlanProducts();
        MyTracePlanSection<MyTraceAccount> accounts = state.PlanAccounts();
        MyTracePlanSection<MyTraceSalesOrder> orders = state.PlanOrders();
        return new MyTraceImportPlan
        {
            Categories = categories,
            Products = products,
            Accounts = accounts,
            Orders = orders,
            ProductsMissingCategory = state.ProductsMissingCategory,
        };
    }

    internal static string ProductKey(string? sku, string? name, string? brand) =>
        !string.IsNullOrWhiteSpace(sku) ? "SKU|" + MyTraceNames.Key(sku) : NameBrandKey(name, brand);

    internal static string NameBrandKey(string? name, string? brand) => "NB|" + MyTraceNames.Key(name) + "|" + MyTraceNames.Key(brand);

    internal static string AccountKey(string? name, string? license) => MyTraceNames.Key(name) + "|" + MyTraceNames.LicenseNumber(license);

    /// <summary>Why a source record cannot be used as a dependency.</summary>
    private sealed record Unavailable(string Reason, bool Filtered);

    private sealed class PlanningState
    {
        private readonly MyTraceImportRequest _request;
        private readonly MyTraceMapper _mapper;
        private readonly MyTraceSnapshot _existing;
        private readonly MyTraceImportFilter _filter;
        private readonly MyTraceCategoryMapping _mapping;
        private readonly HashSet<string> _categoryNames = new(StringComparer.Ordinal);
        private readonly Dictionary<string, MyTraceProduct?> _products = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Unavailable> _unavailableProducts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, MyTraceAccount?> _accounts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Unavailable> _unavailableAccounts = new(StringComparer.Ordinal);

        public PlanningState(MyTraceImportRequest request)
        {
            _request = request;
            _mapper = new MyTraceMapper(request.TimeZone);
            _existing = request.Existing ?? MyTraceSnapshot.Empty;
            _filter = request.Filter ?? new MyTraceImportFilter();
            _mapping = request.CategoryMapping ?? new MyTraceCategoryMapping();
        }

        public List<MyTracePlanIssue> ProductsMissingCategory { get; } = [];

        public MyTracePlanSection<MyTraceProductCategory> PlanCategories()
        {
            const MyTraceEntityKind kind = MyTraceEntityKind.Category;
            var byId = Index(_existing.Categories, c => c.ExternalId);
            var byKey = Index(_existing.Categories, c => MyTraceNames.Key(c.Name));
            foreach (MyTraceProductCategory c in _existing.Categories)
            {
                _categoryNames.Add(MyTraceNames.Key(c.Name));
            }

            var section = new SectionBuilder<MyTraceProductCategory>(kind);
            var seen = new SourceSeen();
            foreach (PartnerItemCategory? source in _request.Source.Categories ?? [])
            {
                if (source is null)
                {
                    continue;
                }

                string key = MyTraceNames.Key(source.Name);
                if (!CheckIdAndDuplicates(section, seen, source.ExternalId, key, source.Name))
                {
                    continue;
                }

                if (Match(byId, byKey, source.ExternalId, key) is (MyTraceProductCategory found, MyTraceMatch how))
                {
                    section.Existing.Add(new MyTracePlanEntry<MyTraceProductCategory> { SourceExternalId = source.ExternalId, Record = found, ExistingId = found.Id, MatchedBy = how });
                    continue;
                }

                MyTraceProductCategory? mapped = _mapper.TryMap(source, out List<MyTraceError> errors);
                if (mapped is null)
                {
                    section.AddInvalid(source.ExternalId, source.Name, errors);
                    continue;
                }

                _categoryNames.Add(key);
                section.New.Add(new MyTracePlanEntry<MyTraceProductCategory> { SourceExternalId = source.ExternalId, Record = mapped });
            }

            return section.Build();
        }

        public MyTracePlanSection<MyTraceProduct> PlanProducts()
        {
            const MyTraceEntityKind kind = MyTraceEntityKind.Product;
            var byId = Index(_existing.Products, p => p.ExternalId);
            var bySku = Index(_existing.Products, p => string.IsNullOrWhiteSpace(p.Sku) ? null : ProductKey(p.Sku, null, null));
            var byNameBrand = Index(_existing.Products, p => NameBrandKey(p.Name, p.Brand));
            var byNameBrandNoSku = Index(_existing.Products, p => string.IsNullOrWhiteSpace(p.Sku) ? NameBrandKey(p.Name, p.Brand) : null);
            HashSet<string> brands = KeySet(_filter.Brands);

            var section = new SectionBuilder<MyTraceProduct>(kind);
            var seen = new SourceSeen();
            foreach (PartnerCatalogItem? source in _request.Source.Items ?? [])
            {
                if (source is null)
                {
                    continue;
                }

                string key = ProductKey(source.Sku, source.Name, source.Brand);
                if (!CheckIdAndDuplicates(section, seen, source.ExternalId, key, source.Name))
                {
                    MarkUnavailable(_unavailableProducts, source.ExternalId, $"product '{source.Name}' ({source.ExternalId}) is invalid", filtered: false);
                    continue;
                }

                if (brands.Count > 0 && !brands.Contains(MyTraceNames.Key(source.Brand)))
                {
                    string reason = $"brand '{source.Brand}' is not among the selected brands";
                    section.Skipped.Add(Issue(kind, source.ExternalId, source.Name, MyTraceErrorCode.ExcludedByFilter, reason));
                    MarkUnavailable(_unavailableProducts, source.ExternalId, $"product '{source.Name}' ({source.ExternalId}) is excluded: {reason}", filtered: false);
                    continue;
                }

                MyTraceProduct? found = null;
                MyTraceMatch how = MyTraceMatch.None;
                if (Match(byId, bySku, source.ExternalId, string.IsNullOrWhiteSpace(source.Sku) ? null : key) is (MyTraceProduct f1, MyTraceMatch h1))
                {
                    (found, how) = (f1, h1);
                }
                else if ((string.IsNullOrWhiteSpace(source.Sku) ? byNameBrand : byNameBrandNoSku).TryGetValue(NameBrandKey(source.Name, source.Brand), out MyTraceProduct? f2))
                {
                    (found, how) = (f2, MyTraceMatch.NaturalKey);
                }

                if (found is not null)
                {
                    _products[source.ExternalId] = found;
                    section.Existing.Add(new MyTracePlanEntry<MyTraceProduct> { SourceExternalId = source.ExternalId, Record = found, ExistingId = found.Id, MatchedBy = how });
                    continue;
                }

                if (!_mapping.TryGet(source.CategoryExternalId, out string categoryName))
                {
                    ProductsMissingCategory.Add(Issue(kind, source.ExternalId, source.Name, MyTraceErrorCode.CategoryNotMapped,
                        source.CategoryExternalId is null
                            ? $"Product '{source.Name}' has no partner category; map it to a MyTrace category."
                            : $"Partner category '{source.CategoryExternalId}' of product '{source.Name}' is not mapped to a MyTrace category."));
                    MarkUnavailable(_unavailableProducts, source.ExternalId, $"product '{source.Name}' ({source.ExternalId}) has no MyTrace category mapping", filtered: false);
                    continue;
                }

                if (!_categoryNames.Contains(MyTraceNames.Key(categoryName)))
                {
                    section.Invalid.Add(Issue(kind, source.ExternalId, source.Name, MyTraceErrorCode.MissingDependency,
                        $"MyTrace category '{categoryName}' is neither in MyTrace nor in this import."));
                    MarkUnavailable(_unavailableProducts, source.ExternalId, $"product '{source.Name}' ({source.ExternalId}) is invalid", filtered: false);
                    continue;
                }

                MyTraceProduct? mapped = _mapper.TryMap(source, categoryName, out List<MyTraceError> errors);
                if (mapped is null)
                {
                    section.AddInvalid(source.ExternalId, source.Name, errors);
                    MarkUnavailable(_unavailableProducts, source.ExternalId, $"product '{source.Name}' ({source.ExternalId}) is invalid", filtered: false);
                    continue;
                }

                _products[source.ExternalId] = mapped;
                section.New.Add(new MyTracePlanEntry<MyTraceProduct> { SourceExternalId = source.ExternalId, Record = mapped });
            }

            return section.Build();
        }

        public MyTracePlanSection<MyTraceAccount> PlanAccounts()
        {
            const MyTraceEntityKind kind = MyTraceEntityKind.Account;
            var byId = Index(_existing.Accounts, a => a.ExternalId);
            var byKey = Index(_existing.Accounts, a => AccountKey(a.Name, a.LicenseNumber));
            HashSet<string> countries = KeySet(_filter.Countries);
            HashSet<string> states = KeySet(_filter.States);

            var section = new SectionBuilder<MyTraceAccount>(kind);
            var seen = new SourceSeen();
            foreach (PartnerAccount? source in _request.Source.Accounts ?? [])
            {
                if (source is null)
                {
                    continue;
                }

                string key = AccountKey(source.Name, source.LicenseNumber);
                if (!CheckIdAndDuplicates(section, seen, source.ExternalId, key, source.Name))
                {
                    MarkUnavailable(_unavailableAccounts, source.ExternalId, $"account '{source.Name}' ({source.ExternalId}) is invalid", filtered: false);
                    continue;
                }

                string? reason = null;
                if (countries.Count > 0 && !countries.Contains(MyTraceNames.Key(source.Address?.Country)))
                {
                    reason = $"country '{source.Address?.Country}' is not among the selected countries";
                }
                else if (states.Count > 0 && !states.Contains(MyTraceNames.Key(source.Address?.State)))
                {
                    reason = $"state '{source.Address?.State}' is not among the selected states";
                }

                if (reason is not null)
                {
                    section.Skipped.Add(Issue(kind, source.ExternalId, source.Name, MyTraceErrorCode.ExcludedByFilter, reason));
                    MarkUnavailable(_unavailableAccounts, source.ExternalId, $"account '{source.Name}' ({source.ExternalId}) is excluded: {reason}", filtered: true);
                    continue;
                }

                if (Match(byId, byKey, source.ExternalId, key) is (MyTraceAccount found, MyTraceMatch how))
                {
                    _accounts[source.ExternalId] = found;
                    section.Existing.Add(new MyTracePlanEntry<MyTraceAccount> { SourceExternalId = source.ExternalId, Record = found, ExistingId = found.Id, MatchedBy = how });
                    continue;
                }

                MyTraceAccount? mapped = MyTraceMapper.TryMap(source, out List<MyTraceError> errors);
                if (mapped is null)
                {
                    section.AddInvalid(source.ExternalId, source.Name, errors);
                    MarkUnavailable(_unavailableAccounts, source.ExternalId, $"account '{source.Name}' ({source.ExternalId}) is invalid", filtered: false);
                    continue;
                }

                _accounts[source.ExternalId] = mapped;
                section.New.Add(new MyTracePlanEntry<MyTraceAccount> { SourceExternalId = source.ExternalId, Record = mapped });
            }

            return section.Build();
        }

        public MyTracePlanSection<MyTraceSalesOrder> PlanOrders()
        {
            const MyTraceEntityKind kind = MyTraceEntityKind.SalesOrder;
            var byId = Index(_existing.Orders, o => o.ExternalId);
            var byKey = Index(_existing.Orders, o => MyTraceNames.Key(o.OrderNumber));
            var existingAccounts = Index(_existing.Accounts, a => a.ExternalId);
            var existingProducts = Index(_existing.Products, p => p.ExternalId);
            var selected = new HashSet<string>((_filter.OrderAccountExternalIds ?? []).Where(s => s is not null), StringComparer.Ordinal);

            var section = new SectionBuilder<MyTraceSalesOrder>(kind);
            var seen = new SourceSeen();
            foreach (PartnerSalesOrder? source in _request.Source.Orders ?? [])
            {
                if (source is null)
                {
                    continue;
                }

                string key = MyTraceNames.Key(source.OrderNumber);
                if (!CheckIdAndDuplicates(section, seen, source.ExternalId, key, source.OrderNumber))
                {
                    continue;
                }

                string? accountId = source.AccountExternalId;
                if (selected.Count > 0 && (accountId is null || !selected.Contains(accountId)))
                {
                    section.Skipped.Add(Issue(kind, source.ExternalId, source.OrderNumber, MyTraceErrorCode.ExcludedByFilter, $"account '{accountId}' is not among the selected accounts"));
                    continue;
                }

                if (accountId is not null && _unavailableAccounts.TryGetValue(accountId, out Unavailable? filteredAccount) && filteredAccount.Filtered)
                {
                    section.Skipped.Add(Issue(kind, source.ExternalId, source.OrderNumber, MyTraceErrorCode.ExcludedByFilter, filteredAccount.Reason));
                    continue;
                }

                if (Match(byId, byKey, source.ExternalId, key) is (MyTraceSalesOrder found, MyTraceMatch how))
                {
                    section.Existing.Add(new MyTracePlanEntry<MyTraceSalesOrder> { SourceExternalId = source.ExternalId, Record = found, ExistingId = found.Id, MatchedBy = how });
                    continue;
                }

                MyTraceSalesOrder? mapped = _mapper.TryMap(source, out List<MyTraceError> errors);

                // Dependencies: the account, then every line's product.
                MyTraceAccount? account = null;
                if (accountId is not null && !_accounts.TryGetValue(accountId, out account) && !existingAccounts.TryGetValue(accountId, out account))
                {
                    errors.Add(new MyTraceError(MyTraceErrorCode.MissingDependency, _unavailableAccounts.TryGetValue(accountId, out Unavailable? why)
                        ? $"Its account cannot be imported: {why.Reason}."
                        : $"Account '{accountId}' is neither in MyTrace nor in this import.")
                    {
                        Field = nameof(source.AccountExternalId),
                    });
                }

                IReadOnlyList<PartnerOrderLine> lines = source.Lines ?? [];
                var products = new MyTraceProduct?[lines.Count];
                for (int i = 0; i < lines.Count; i++)
                {
                    string? itemId = lines[i]?.ItemExternalId;
                    if (string.IsNullOrWhiteSpace(itemId) || _products.TryGetValue(itemId, out products[i]) || existingProducts.TryGetValue(itemId, out products[i]))
                    {
                        continue;
                    }

                    errors.Add(new MyTraceError(MyTraceErrorCode.MissingDependency, _unavailableProducts.TryGetValue(itemId, out Unavailable? why)
                        ? $"Its product cannot be imported: {why.Reason}."
                        : $"Product '{itemId}' is neither in MyTrace nor in this import.")
                    {
                        LineNumber = i + 1,
                        Field = nameof(PartnerOrderLine.ItemExternalId),
                    });
                }

                if (mapped is null || errors.Count > 0)
                {
                    section.AddInvalid(source.ExternalId, source.OrderNumber, errors);
                    continue;
                }

                mapped = mapped with
                {
                    AccountId = account?.Id,
                    Lines = mapped.Lines.Select((l, i) => l with { ProductId = products[i]?.Id, ProductName = products[i]?.Name }).ToList(),
                };
                section.New.Add(new MyTracePlanEntry<MyTraceSalesOrder> { SourceExternalId = source.ExternalId, Record = mapped });
            }

            return section.Build();
        }

        private static bool CheckIdAndDuplicates<T>(SectionBuilder<T> section, SourceSeen seen, string? externalId, string key, string? name)
            where T : class
        {
            if (string.IsNullOrWhiteSpace(externalId))
            {
                section.Invalid.Add(Issue(section.Kind, externalId, name, MyTraceErrorCode.MissingExternalId, "The record has no external id."));
                return false;
            }

            if (seen.Ids.TryGetValue(externalId, out string? first) || seen.Keys.TryGetValue(key, out first))
            {
                section.Invalid.Add(Issue(section.Kind, externalId, name, MyTraceErrorCode.DuplicateInSource, $"The source already holds this record as '{first}'."));
                return false;
            }

            seen.Ids[externalId] = externalId;
            seen.Keys[key] = externalId;
            return true;
        }

        private static (T, MyTraceMatch)? Match<T>(Dictionary<string, T> byId, Dictionary<string, T> byKey, string externalId, string? key)
            where T : class =>
            byId.TryGetValue(externalId, out T? found) ? (found, MyTraceMatch.ExternalId)
            : key is not null && byKey.TryGetValue(key, out found) ? (found, MyTraceMatch.NaturalKey)
            : null;

        private static Dictionary<string, T> Index<T>(IReadOnlyList<T>? records, Func<T, string?> key)
            where T : class
        {
            var index = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (T record in records ?? [])
            {
                if (record is not null && key(record) is { Length: > 0 } k)
                {
                    index.TryAdd(k, record);
                }
            }

            return index;
        }

        private static HashSet<string> KeySet(IReadOnlyCollection<string>? values) =>
            new((values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(MyTraceNames.Key), StringComparer.Ordinal);

        private static void MarkUnavailable(Dictionary<string, Unavailable> map, string? externalId, string reason, bool filtered)
        {
            if (!string.IsNullOrWhiteSpace(externalId))
            {
                map.TryAdd(externalId, new Unavailable(reason, filtered));
            }
        }

        private static MyTracePlanIssue Issue(MyTraceEntityKind kind, string? externalId, string? name, MyTraceErrorCode code, string message) => new()
        {
            Kind = kind,
            SourceExternalId = externalId,
            Name = name ?? string.Empty,
            Errors = [new MyTraceError(code, message)],
        };
    }

    private sealed class SourceSeen
    {
        public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Keys { get; } = new(StringComparer.Ordinal);
    }

    private sealed class SectionBuilder<T>(MyTraceEntityKind kind)
        where T : class
    {
        public MyTraceEntityKind Kind { get; } = kind;

        public List<MyTracePlanEntry<T>> New { get; } = [];

        public List<MyTracePlanEntry<T>> Existing { get; } = [];

        public List<MyTracePlanIssue> Invalid { get; } = [];

        public List<MyTracePlanIssue> Skipped { get; } = [];

        public void AddInvalid(string? externalId, string? name, IReadOnlyList<MyTraceError> errors) =>
            Invalid.Add(new MyTracePlanIssue { Kind = Kind, SourceExternalId = externalId, Name = name ?? string.Empty, Errors = errors });

        public MyTracePlanSection<T> Build() => new() { Kind = Kind, New = New, Existing = Existing, Invalid = Invalid, Skipped = Skipped };
    }
}
