namespace Metrc.Sdk.MyTrace;

/// <summary>Builds the partner "create order" request for an order made or edited in MyTrace.</summary>
public static class MyTracePushBack
{
    /// <summary>
    /// Maps <paramref name="order"/> to a partner create-order request. Rules: the account must carry its external id and be
    /// the order's account; payment terms and facility are required; the payment due date may not be before the ship date;
    /// the order needs at least one line; every line must map to a partner item (its own external id, else
    /// <see cref="MyTracePushBackOptions.ItemMapping"/> by MyTrace product id), have a quantity greater than zero and a price
    /// that is not negative. Line totals are recomputed as quantity × unit price rounded to cents, since the order may have
    /// been edited. All problems are collected; none is thrown.
    /// </summary>
    /// <param name="order">The MyTrace order.</param>
    /// <param name="account">The order's account.</param>
    /// <param name="options">Terms, dates and facility chosen by the user.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MyTracePushBackResult CreateOrderRequest(MyTraceSalesOrder order, MyTraceAccount account, MyTracePushBackOptions options)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<MyTraceError>();

        if (string.IsNullOrWhiteSpace(account.ExternalId))
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.MissingAccountExternalId, $"Account '{account.Name}' has no external id, so the partner cannot identify it.")
            {
                Field = nameof(account.ExternalId),
            });
        }
        else if (!string.IsNullOrWhiteSpace(order.AccountExternalId) && !string.Equals(order.AccountExternalId, account.ExternalId, StringComparison.Ordinal))
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.AccountMismatch, $"Order '{order.OrderNumber}' belongs to account '{order.AccountExternalId}', not '{account.ExternalId}'.")
            {
                Field = nameof(order.AccountExternalId),
            });
        }

        if (string.IsNullOrWhiteSpace(order.OrderNumber))
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.Required, "The order number is required.") { Field = nameof(order.OrderNumber) });
        }

        if (string.IsNullOrWhiteSpace(options.PaymentTerms))
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.Required, "Payment terms are required.") { Field = nameof(options.PaymentTerms) });
        }

        if (string.IsNullOrWhiteSpace(options.FacilityLicenseNumber))
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.Required, "The shipping facility is required.") { Field = nameof(options.FacilityLicenseNumber) });
        }

        if (options.PaymentDueDate < options.ShipDate)
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.PaymentDueBeforeShipDate,
                $"Payment is due {options.PaymentDueDate:yyyy-MM-dd}, before the ship date {options.ShipDate:yyyy-MM-dd}.")
            {
                Field = nameof(options.PaymentDueDate),
            });
        }

        IReadOnlyList<MyTraceOrderLine> source = order.Lines ?? [];
        if (source.Count == 0)
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.NoLines, $"Order '{order.OrderNumber}' has no lines.") { Field = nameof(order.Lines) });
        }

        IReadOnlyDictionary<string, string> mapping = options.ItemMapping ?? new Dictionary<string, string>();
        var lines = new List<PartnerCreateOrderLine>(source.Count);
        for (int i = 0; i < source.Count; i++)
        {
            MyTraceOrderLine? line = source[i];
            if (line is null)
            {
                errors.Add(new MyTraceError(MyTraceErrorCode.Required, "The line is missing.") { LineNumber = i + 1 });
                continue;
            }

            int number = line.LineNumber > 0 ? line.LineNumber : i + 1;
            string? itemId = !string.IsNullOrWhiteSpace(line.ProductExternalId) ? line.ProductExternalId
                : line.ProductId is not null && mapping.TryGetValue(line.ProductId, out string? mapped) && !string.IsNullOrWhiteSpace(mapped) ? mapped
                : null;
            if (itemId is null)
            {
                errors.Add(new MyTraceError(MyTraceErrorCode.UnmappedLine,
                    $"Product '{line.ProductName ?? line.ProductId ?? "(none)"}' is not mapped to a partner item.")
                {
                    LineNumber = number,
                    Field = nameof(line.ProductExternalId),
                });
            }

            MyTraceMapper.CheckLine(errors, number, line.Quantity, line.UnitPrice);
            if (itemId is not null)
            {
                decimal unitPrice = MyTraceMoney.RoundToCents(line.UnitPrice);
                lines.Add(new PartnerCreateOrderLine
                {
                    LineNumber = number,
                    ItemExternalId = itemId,
                    Quantity = line.Quantity,
                    UnitPrice = unitPrice,
                    LineTotal = MyTraceMoney.LineTotal(line.Quantity, unitPrice),
                });
            }
        }

        if (errors.Count > 0)
        {
            return new MyTracePushBackResult { Errors = errors };
        }

        return new MyTracePushBackResult
        {
            Request = new PartnerCreateOrderRequest
            {
                OrderNumber = MyTraceNames.Normalize(order.OrderNumber),
                ExternalId = order.ExternalId,
                AccountExternalId = account.ExternalId!,
                AccountName = MyTraceNames.Normalize(account.Name),
                PaymentTerms = MyTraceNames.Normalize(options.PaymentTerms),
                ShipDate = options.ShipDate,
                PaymentDueDate = options.PaymentDueDate,
                FacilityLicenseNumber = MyTraceNames.LicenseNumber(options.FacilityLicenseNumber)!,
                Lines = lines,
                Total = lines.Sum(l => l.LineTotal),
            },
        };
    }
}
