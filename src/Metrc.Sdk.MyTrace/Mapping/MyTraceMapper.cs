using NodaTime;

namespace Metrc.Sdk.MyTrace;

/// <summary>
/// Pure mapping between partner records and MyTrace records, both directions. No I/O; the only setting is the
/// licensee's time zone, in which instants become dates and dates become instants (start of day).
/// </summary>
/// <remarks>
/// Rules: names are normalised with <see cref="MyTraceNames.Normalize"/>; licence numbers with
/// <see cref="MyTraceNames.LicenseNumber"/>; units are read with <see cref="MyTraceUnits"/>; prices and totals are
/// rounded to cents with <see cref="MyTraceMoney.RoundToCents"/> and may not be negative; quantities must be greater than
/// zero; external ids are kept exactly as given so a record survives a round trip; the order total is the sum of the line
/// totals and the balance is the total minus what was paid.
/// Methods throw <see cref="MyTraceValidationException"/> listing every problem; they never return a half-mapped record.
/// </remarks>
public sealed class MyTraceMapper
{
    /// <summary>Creates a mapper for a licensee.</summary>
    /// <param name="licenseeTimeZone">The licensee's time zone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="licenseeTimeZone"/> is null.</exception>
    public MyTraceMapper(DateTimeZone licenseeTimeZone)
    {
        ArgumentNullException.ThrowIfNull(licenseeTimeZone);
        TimeZone = licenseeTimeZone;
    }

    /// <summary>The licensee's time zone.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>A partner item category as a MyTrace product category.</summary>
    /// <param name="category">The partner category.</param>
    /// <exception cref="MyTraceValidationException">The external id or name is blank.</exception>
    public MyTraceProductCategory ToMyTrace(PartnerItemCategory category) => Throw(TryMap(category, out var errors), errors, nameof(category));

    /// <summary>A MyTrace product category as a partner item category.</summary>
    /// <param name="category">The MyTrace category (it must carry its external id).</param>
    /// <exception cref="MyTraceValidationException">The external id or name is blank.</exception>
    public PartnerItemCategory ToPartner(MyTraceProductCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        var errors = new List<MyTraceError>();
        RequireExternalId(errors, category.ExternalId);
        RequireName(errors, category.Name);
        return Throw(errors.Count == 0 ? new PartnerItemCategory { ExternalId = category.ExternalId!, Name = MyTraceNames.Normalize(category.Name) } : null, errors, nameof(category));
    }

    /// <summary>A partner catalog item as a MyTrace product in the given MyTrace category.</summary>
    /// <param name="item">The partner item.</param>
    /// <param name="categoryName">The MyTrace category the user mapped the item's category to.</param>
    /// <exception cref="MyTraceValidationException">A blank id, name or category, an unknown unit or a negative price.</exception>
    public MyTraceProduct ToMyTrace(PartnerCatalogItem item, string categoryName) => Throw(TryMap(item, categoryName, out var errors), errors, nameof(item));

    /// <summary>A MyTrace product as a partner catalog item.</summary>
    /// <param name="product">The MyTrace product (it must carry its external id).</param>
    /// <param name="categoryExternalId">The partner's id of the product's category, when known.</param>
    /// <exception cref="MyTraceValidationException">A blank id or name, or a negative price.</exception>
    public PartnerCatalogItem ToPartner(MyTraceProduct product, string? categoryExternalId)
    {
        ArgumentNullException.ThrowIfNull(product);
        var errors = new List<MyTraceError>();
        RequireExternalId(errors, product.ExternalId);
        RequireName(errors, product.Name);
        CheckPrice(errors, product.UnitPrice, nameof(product.UnitPrice), null);
        PartnerCatalogItem? item = errors.Count > 0 ? null : new PartnerCatalogItem
        {
            ExternalId = product.ExternalId!,
            Name = MyTraceNames.Normalize(product.Name),
            Sku = MyTraceNames.NormalizeOrNull(product.Sku),
            CategoryExternalId = categoryExternalId,
            Brand = MyTraceNames.NormalizeOrNull(product.Brand),
            UnitOfMeasure = MyTraceUnits.ToPartnerName(product.Unit),
            UnitPrice = product.UnitPrice is decimal p ? MyTraceMoney.RoundToCents(p) : null,
            IsActive = product.Visibility == MyTraceVisibility.Visible,
        };
        return Throw(item, errors, nameof(product));
    }

    /// <summary>A partner account as a MyTrace account.</summary>
    /// <param name="account">The partner account.</param>
    /// <exception cref="MyTraceValidationException">The external id or name is blank.</exception>
    public MyTraceAccount ToMyTrace(PartnerAccount account) => Throw(TryMap(account, out var errors), errors, nameof(account));

    /// <summary>A MyTrace account as a partner account.</summary>
    /// <param name="account">The MyTrace account (it must carry its external id).</param>
    /// <exception cref="MyTraceValidationException">The external id or name is blank.</exception>
    public PartnerAccount ToPartner(MyTraceAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var errors = new List<MyTraceError>();
        if (string.IsNullOrWhiteSpace(account.ExternalId))
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.MissingAccountExternalId, $"Account '{account.Name}' has no external id.") { Field = nameof(account.ExternalId) });
        }

        RequireName(errors, account.Name);
        PartnerAccount? result = errors.Count > 0 ? null : new PartnerAccount
        {
            ExternalId = account.ExternalId!,
            Name = MyTraceNames.Normalize(account.Name),
            Address = NormalizeAddress(account.Address),
            LicenseNumber = MyTraceNames.LicenseNumber(account.LicenseNumber),
            IsActive = !string.Equals(account.Status, MyTraceAccountStatuses.Inactive, StringComparison.OrdinalIgnoreCase),
            HasPastDuePayments = string.Equals(account.Status, MyTraceAccountStatuses.ActivePastDue, StringComparison.OrdinalIgnoreCase),
        };
        return Throw(result, errors, nameof(account));
    }

    /// <summary>A partner sales order as a MyTrace sales order (dates in the licensee's time zone).</summary>
    /// <param name="order">The partner order.</param>
    /// <exception cref="MyTraceValidationException">Blank ids, an unknown status, no lines, or a line with a non-positive quantity or negative price.</exception>
    public MyTraceSalesOrder ToMyTrace(PartnerSalesOrder order) => Throw(TryMap(order, out var errors), errors, nameof(order));

    /// <summary>A MyTrace sales order as a partner sales order; the order date becomes the start of that day in the licensee's time zone.</summary>
    /// <param name="order">The MyTrace order (it must carry its external id).</param>
    /// <exception cref="MyTraceValidationException">Blank ids, no lines, or a line with a non-positive quantity or negative price.</exception>
    public PartnerSalesOrder ToPartner(MyTraceSalesOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var errors = new List<MyTraceError>();
        RequireExternalId(errors, order.ExternalId);
        if (string.IsNullOrWhiteSpace(order.OrderNumber))
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.Required, "The order number is required.") { Field = nameof(order.OrderNumber) });
        }

        IReadOnlyList<MyTraceOrderLine> source = order.Lines ?? [];
        if (source.Count == 0)
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.NoLines, $"Order '{order.OrderNumber}' has no lines.") { Field = nameof(order.Lines) });
        }

        var lines = new List<PartnerOrderLine>(source.Count);
        decimal total = 0m;
        for (int i = 0; i < source.Count; i++)
        {
            MyTraceOrderLine line = source[i] ?? throw new MyTraceValidationException([new MyTraceError(MyTraceErrorCode.Required, $"Line {i + 1} is null.") { LineNumber = i + 1 }], nameof(order));
            int number = line.LineNumber > 0 ? line.LineNumber : i + 1;
            CheckLine(errors, number, line.Quantity, line.UnitPrice);
            decimal lineTotal = MyTraceMoney.RoundToCents(line.LineTotal);
            total += lineTotal;
            lines.Add(new PartnerOrderLine { ItemExternalId = line.ProductExternalId, Quantity = line.Quantity, UnitPrice = MyTraceMoney.RoundToCents(line.UnitPrice), LineTotal = lineTotal });
        }

        PartnerSalesOrder? result = errors.Count > 0 ? null : new PartnerSalesOrder
        {
            ExternalId = order.ExternalId!,
            OrderNumber = MyTraceNames.Normalize(order.OrderNumber),
            AccountExternalId = order.AccountExternalId,
            OrderedAt = order.OrderDate.AtStartOfDayInZone(TimeZone).ToInstant(),
            Status = MyTraceOrderStatuses.ToPartnerText(order.Status),
            AmountPaid = total - MyTraceMoney.RoundToCents(order.Balance),
            Lines = lines,
        };
        return Throw(result, errors, nameof(order));
    }

    internal MyTraceProductCategory? TryMap(PartnerItemCategory category, out List<MyTraceError> errors)
    {
        ArgumentNullException.ThrowIfNull(category);
        errors = [];
        RequireExternalId(errors, category.ExternalId);
        RequireName(errors, category.Name);
        return errors.Count > 0 ? null : new MyTraceProductCategory { ExternalId = category.ExternalId, Name = MyTraceNames.Normalize(category.Name) };
    }

    internal MyTraceProduct? TryMap(PartnerCatalogItem item, string categoryName, out List<MyTraceError> errors)
    {
        ArgumentNullException.ThrowIfNull(item);
        errors = [];
        RequireExternalId(errors, item.ExternalId);
        RequireName(errors, item.Name);
        if (string.IsNullOrWhiteSpace(categoryName))
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.CategoryNotMapped, $"Item '{item.Name}' has no MyTrace category.") { Field = nameof(categoryName) });
        }

        if (!MyTraceUnits.TryParse(item.UnitOfMeasure, out MyTraceUnit unit))
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.UnknownUnit, $"Item '{item.Name}' has the unknown unit '{item.UnitOfMeasure}'.") { Field = nameof(item.UnitOfMeasure) });
        }

        CheckPrice(errors, item.UnitPrice, nameof(item.UnitPrice), null);
        return errors.Count > 0 ? null : new MyTraceProduct
        {
            ExternalId = item.ExternalId,
            Name = MyTraceNames.Normalize(item.Name),
            Sku = MyTraceNames.NormalizeOrNull(item.Sku),
            CategoryName = MyTraceNames.Normalize(categoryName),
            Brand = MyTraceNames.NormalizeOrNull(item.Brand),
            Visibility = item.IsActive ? MyTraceVisibility.Visible : MyTraceVisibility.Hidden,
            Unit = unit,
            UnitPrice = item.UnitPrice is decimal p ? MyTraceMoney.RoundToCents(p) : null,
        };
    }

    internal static MyTraceAccount? TryMap(PartnerAccount account, out List<MyTraceError> errors)
    {
        ArgumentNullException.ThrowIfNull(account);
        errors = [];
        RequireExternalId(errors, account.ExternalId);
        RequireName(errors, account.Name);
        return errors.Count > 0 ? null : new MyTraceAccount
        {
            ExternalId = account.ExternalId,
            Name = MyTraceNames.Normalize(account.Name),
            Address = NormalizeAddress(account.Address),
            LicenseNumber = MyTraceNames.LicenseNumber(account.LicenseNumber),
            Status = !account.IsActive ? MyTraceAccountStatuses.Inactive
                : account.HasPastDuePayments ? MyTraceAccountStatuses.ActivePastDue
                : MyTraceAccountStatuses.ActiveCurrentPayments,
        };
    }

    internal MyTraceSalesOrder? TryMap(PartnerSalesOrder order, out List<MyTraceError> errors)
    {
        ArgumentNullException.ThrowIfNull(order);
        errors = [];
        RequireExternalId(errors, order.ExternalId);
        if (string.IsNullOrWhiteSpace(order.OrderNumber))
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.Required, "The order number is required.") { Field = nameof(order.OrderNumber) });
        }

        if (string.IsNullOrWhiteSpace(order.AccountExternalId))
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.MissingAccountExternalId, $"Order '{order.OrderNumber}' names no account.") { Field = nameof(order.AccountExternalId) });
        }

        if (!MyTraceOrderStatuses.TryParse(order.Status, out MyTraceOrderStatus status))
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.UnknownStatus, $"Order '{order.OrderNumber}' has the unknown status '{order.Status}'.") { Field = nameof(order.Status) });
        }

        CheckPrice(errors, order.AmountPaid, nameof(order.AmountPaid), null);
        IReadOnlyList<PartnerOrderLine> source = order.Lines ?? [];
        if (source.Count == 0)
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.NoLines, $"Order '{order.OrderNumber}' has no lines.") { Field = nameof(order.Lines) });
        }

        var lines = new List<MyTraceOrderLine>(source.Count);
        decimal total = 0m;
        for (int i = 0; i < source.Count; i++)
        {
            PartnerOrderLine? line = source[i];
            if (line is null)
            {
                errors.Add(new MyTraceError(MyTraceErrorCode.Required, "The line is missing.") { LineNumber = i + 1 });
                continue;
            }

            if (string.IsNullOrWhiteSpace(line.ItemExternalId))
            {
                errors.Add(new MyTraceError(MyTraceErrorCode.UnmappedLine, "The line names no catalog item.") { LineNumber = i + 1, Field = nameof(line.ItemExternalId) });
            }

            CheckLine(errors, i + 1, line.Quantity, line.UnitPrice);
            CheckPrice(errors, line.LineTotal, nameof(line.LineTotal), i + 1);
            decimal lineTotal = line.LineTotal is decimal t ? MyTraceMoney.RoundToCents(t) : MyTraceMoney.LineTotal(line.Quantity, line.UnitPrice);
            total += lineTotal;
            lines.Add(new MyTraceOrderLine
            {
                LineNumber = i + 1,
                ProductExternalId = line.ItemExternalId,
                Quantity = line.Quantity,
                UnitPrice = MyTraceMoney.RoundToCents(line.UnitPrice),
                LineTotal = lineTotal,
            });
        }

        return errors.Count > 0 ? null : new MyTraceSalesOrder
        {
            ExternalId = order.ExternalId,
            OrderNumber = MyTraceNames.Normalize(order.OrderNumber),
            AccountExternalId = order.AccountExternalId,
            OrderDate = order.OrderedAt.InZone(TimeZone).Date,
            Status = status,
            Total = total,
            Balance = total - MyTraceMoney.RoundToCents(order.AmountPaid),
            Lines = lines,
        };
    }

    internal static void CheckLine(List<MyTraceError> errors, int lineNumber, decimal quantity, decimal unitPrice)
    {
        if (quantity <= 0m)
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.QuantityNotPositive, $"The quantity {quantity} is not greater than zero.") { LineNumber = lineNumber, Field = "Quantity" });
        }

        CheckPrice(errors, unitPrice, "UnitPrice", lineNumber);
    }

    internal static void CheckPrice(List<MyTraceError> errors, decimal? price, string field, int? lineNumber)
    {
        if (price < 0m)
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.NegativePrice, $"The {field} {price} is negative.") { LineNumber = lineNumber, Field = field });
        }
    }

    private static void RequireExternalId(List<MyTraceError> errors, string? externalId)
    {
        if (string.IsNullOrWhiteSpace(externalId))
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.MissingExternalId, "The record has no external id.") { Field = "ExternalId" });
        }
    }

    private static void RequireName(List<MyTraceError> errors, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.Required, "The name is required.") { Field = "Name" });
        }
    }

    private static PostalAddress? NormalizeAddress(PostalAddress? address) => address is null ? null : new PostalAddress
    {
        Street1 = MyTraceNames.NormalizeOrNull(address.Street1),
        Street2 = MyTraceNames.NormalizeOrNull(address.Street2),
        City = MyTraceNames.NormalizeOrNull(address.City),
        State = MyTraceNames.NormalizeOrNull(address.State)?.ToUpperInvariant(),
        PostalCode = MyTraceNames.NormalizeOrNull(address.PostalCode),
        Country = MyTraceNames.NormalizeOrNull(address.Country)?.ToUpperInvariant(),
    };

    private static T Throw<T>(T? value, List<MyTraceError> errors, string paramName)
        where T : class =>
        errors.Count > 0 || value is null ? throw new MyTraceValidationException(errors, paramName) : value;
}
