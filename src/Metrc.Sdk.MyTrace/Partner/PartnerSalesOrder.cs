using NodaTime;

namespace Metrc.Sdk.MyTrace;

/// <summary>A sales order in the partner platform.</summary>
public sealed record PartnerSalesOrder
{
    /// <summary>The partner's id of the order.</summary>
    public required string ExternalId { get; init; }

    /// <summary>The order number shown to users.</summary>
    public required string OrderNumber { get; init; }

    /// <summary>The partner's id of the buying account.</summary>
    public string? AccountExternalId { get; init; }

    /// <summary>When the order was placed (an instant; MyTrace keeps the date in the licensee's time zone).</summary>
    public Instant OrderedAt { get; init; }

    /// <summary>The partner's status text (<c>open</c>, <c>submitted</c>, <c>accepted</c>, <c>shipped</c>, <c>delivered</c>, <c>cancelled</c>...).</summary>
    public string Status { get; init; } = "submitted";

    /// <summary>What the buyer has paid so far.</summary>
    public decimal AmountPaid { get; init; }

    /// <summary>The lines of the order.</summary>
    public IReadOnlyList<PartnerOrderLine> Lines { get; init; } = [];
}

/// <summary>One line of a <see cref="PartnerSalesOrder"/>.</summary>
public sealed record PartnerOrderLine
{
    /// <summary>The partner's id of the catalog item.</summary>
    public string? ItemExternalId { get; init; }

    /// <summary>The quantity, in the item's unit.</summary>
    public decimal Quantity { get; init; }

    /// <summary>The price per unit.</summary>
    public decimal UnitPrice { get; init; }

    /// <summary>The line total when the partner states one (authoritative); otherwise quantity × unit price, rounded to cents.</summary>
    public decimal? LineTotal { get; init; }
}
