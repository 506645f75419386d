namespace Metrc.Sdk.MyTrace;

/// <summary>One line of a <see cref="MyTraceSalesOrder"/>.</summary>
public sealed record MyTraceOrderLine
{
    /// <summary>The 1-based line number.</summary>
    public int LineNumber { get; init; }

    /// <summary>MyTrace's id of the product; filled in when the order is stored.</summary>
    public string? ProductId { get; init; }

    /// <summary>The source platform's id of the product (the partner item the line maps to on push-back).</summary>
    public string? ProductExternalId { get; init; }

    /// <summary>The product name, for display and error messages.</summary>
    public string? ProductName { get; init; }

    /// <summary>The quantity ordered, in the product's unit.</summary>
    public decimal Quantity { get; init; }

    /// <summary>The price per unit, rounded to cents.</summary>
    public decimal UnitPrice { get; init; }

    /// <summary>The line total, rounded to cents.</summary>
    public decimal LineTotal { get; init; }
}
