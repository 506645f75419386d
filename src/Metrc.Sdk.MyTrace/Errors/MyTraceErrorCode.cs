namespace Metrc.Sdk.MyTrace;

/// <summary>What is wrong with a record, a line or a setting.</summary>
public enum MyTraceErrorCode
{
    /// <summary>A required value is missing or blank.</summary>
    Required,

    /// <summary>An e-mail address is not of the form <c>local@domain.tld</c>.</summary>
    InvalidEmail,

    /// <summary>The licence expiration date is in the past.</summary>
    LicenseExpired,

    /// <summary>The external order platform is active but no order-update e-mail is configured.</summary>
    MissingOrderUpdateEmails,

    /// <summary>The time zone id is not a known IANA id.</summary>
    InvalidTimeZone,

    /// <summary>A source record has no external id, so it cannot be deduplicated or pushed back.</summary>
    MissingExternalId,

    /// <summary>A unit of measure is not one MyTrace knows.</summary>
    UnknownUnit,

    /// <summary>An order status is not one MyTrace knows.</summary>
    UnknownStatus,

    /// <summary>A price or amount is negative.</summary>
    NegativePrice,

    /// <summary>A quantity is zero or negative.</summary>
    QuantityNotPositive,

    /// <summary>An order has no lines.</summary>
    NoLines,

    /// <summary>An order line does not map to a partner item.</summary>
    UnmappedLine,

    /// <summary>The payment due date is before the ship date.</summary>
    PaymentDueBeforeShipDate,

    /// <summary>The account has no external id, so the partner cannot identify it.</summary>
    MissingAccountExternalId,

    /// <summary>The order belongs to a different account than the one given.</summary>
    AccountMismatch,

    /// <summary>A record depends on another (category, product, account) that is neither in MyTrace nor importable.</summary>
    MissingDependency,

    /// <summary>A new product has no MyTrace category mapping.</summary>
    CategoryNotMapped,

    /// <summary>The source holds the same record twice (same external id or natural key).</summary>
    DuplicateInSource,

    /// <summary>A filter (brand, country, state, selected accounts) leaves the record out.</summary>
    ExcludedByFilter,
}
