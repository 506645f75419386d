using NodaTime;

namespace Metrc.Sdk.MyTrace;

/// <summary>What MyTrace sends the partner platform to create an order there (push-back).</summary>
public sealed record PartnerCreateOrderRequest
{
    /// <summary>MyTrace's order number, so the partner can refer back to it.</summary>
    public required string OrderNumber { get; init; }

    /// <summary>The partner's id of the order, when the order came from the partner (an edit rather than a new order).</summary>
    public string? ExternalId { get; init; }

    /// <summary>The partner's id of the buying account.</summary>
    public required string AccountExternalId { get; init; }

    /// <summary>The buying account's name.</summary>
    public required string AccountName { get; init; }

    /// <summary>The payment terms (for example <c>Net 30</c>).</summary>
    public required string PaymentTerms { get; init; }

    /// <summary>The day the order ships.</summary>
    public required LocalDate ShipDate { get; init; }

    /// <summary>The day payment is due (not before <see cref="ShipDate"/>).</summary>
    public required LocalDate PaymentDueDate { get; init; }

    /// <summary>The licence number of the facility the order ships from.</summary>
    public required string FacilityLicenseNumber { get; init; }

    /// <summary>The lines, each mapped to a partner item.</summary>
    public required IReadOnlyList<PartnerCreateOrderLine> Lines { get; init; }

    /// <summary>The sum of the line totals.</summary>
    public decimal Total { get; init; }
}

/// <summary>One line of a <see cref="PartnerCreateOrderRequest"/>.</summary>
public sealed record PartnerCreateOrderLine
{
    /// <summary>The MyTrace line number the line came from.</summary>
    public int LineNumber { get; init; }

    /// <summary>The partner's id of the item.</summary>
    public required string ItemExternalId { get; init; }

    /// <summary>The quantity (greater than zero).</summary>
    public decimal Quantity { get; init; }

    /// <summary>The price per unit (not negative), rounded to cents.</summary>
    public decimal UnitPrice { get; init; }

    /// <summary>The line total, rounded to cents.</summary>
    public decimal LineTotal { get; init; }
}
