using NodaTime;

namespace Metrc.Sdk.MyTrace;

/// <summary>What the user chooses when pushing a MyTrace order back to the partner platform.</summary>
public sealed record MyTracePushBackOptions
{
    /// <summary>The payment terms (for example <c>Net 30</c>).</summary>
    public required string PaymentTerms { get; init; }

    /// <summary>The day the order ships.</summary>
    public required LocalDate ShipDate { get; init; }

    /// <summary>The day payment is due; must not be before <see cref="ShipDate"/>.</summary>
    public required LocalDate PaymentDueDate { get; init; }

    /// <summary>The licence number of the facility the order ships from.</summary>
    public required string FacilityLicenseNumber { get; init; }

    /// <summary>
    /// Partner item ids for MyTrace products that did not come from the partner (key: MyTrace product id). A line's own
    /// <see cref="MyTraceOrderLine.ProductExternalId"/> wins over this map.
    /// </summary>
    public IReadOnlyDictionary<string, string> ItemMapping { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
