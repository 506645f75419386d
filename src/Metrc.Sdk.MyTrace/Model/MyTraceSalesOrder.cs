using NodaTime;

namespace Metrc.Sdk.MyTrace;

/// <summary>A MyTrace sales order.</summary>
public sealed record MyTraceSalesOrder
{
    /// <summary>MyTrace's id; null until MyTrace has stored the order.</summary>
    public string? Id { get; init; }

    /// <summary>The id of the order in the source platform, kept for round trips.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The order number shown to users.</summary>
    public required string OrderNumber { get; init; }

    /// <summary>MyTrace's id of the account; filled in when the order is stored.</summary>
    public string? AccountId { get; init; }

    /// <summary>The source platform's id of the account (the link kept for push-back).</summary>
    public string? AccountExternalId { get; init; }

    /// <summary>The order date in the licensee's time zone.</summary>
    public LocalDate OrderDate { get; init; }

    /// <summary>The order status.</summary>
    public MyTraceOrderStatus Status { get; init; }

    /// <summary>The sum of the line totals.</summary>
    public decimal Total { get; init; }

    /// <summary>What remains to be paid: <see cref="Total"/> minus payments received.</summary>
    public decimal Balance { get; init; }

    /// <summary>The lines of the order, numbered from 1.</summary>
    public IReadOnlyList<MyTraceOrderLine> Lines { get; init; } = [];
}
