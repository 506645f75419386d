using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A sales receipt as Metrc reports it.</summary>
public sealed record SalesReceipt
{
    /// <summary>Metrc's id of the receipt.</summary>
    public long Id { get; init; }

    /// <summary>Metrc's receipt number.</summary>
    public string? ReceiptNumber { get; init; }

    /// <summary>The caller's own receipt number, the natural key of a sale.</summary>
    public string? ExternalReceiptNumber { get; init; }

    /// <summary>When the sale happened. An instant with its UTC offset (not a calendar date); compare instants, not local dates.</summary>
    public OffsetDateTime? SalesDateTime { get; init; }

    /// <summary>The customer type (for example <c>Consumer</c>, <c>Patient</c>).</summary>
    public string? SalesCustomerType { get; init; }

    /// <summary>How many packages the sale touched.</summary>
    public int TotalPackages { get; init; }

    /// <summary>The total price.</summary>
    public decimal TotalPrice { get; init; }

    /// <summary>The lines of the sale.</summary>
    public IReadOnlyList<SalesTransaction> Transactions { get; init; } = [];

    /// <summary>When Metrc last changed the receipt. An instant with its UTC offset (not a calendar date); compare instants, not local dates.</summary>
    public OffsetDateTime? LastModified { get; init; }

    /// <summary>Licence number of the patient this record is tied to (medical programs); empty otherwise.</summary>
    public string? PatientLicenseNumber { get; init; }

    /// <summary>Licence number of the caregiver who acted for the patient (medical programs).</summary>
    public string? CaregiverLicenseNumber { get; init; }

    /// <summary>How the patient or customer was identified at the sale (for example a state ID).</summary>
    public string? IdentificationMethod { get; init; }

    /// <summary>Metrc id of the place the patient registered (medical programs).</summary>
    public long? PatientRegistrationLocationId { get; init; }

    /// <summary>Whether the receipt is final and can no longer be changed.</summary>
    public bool IsFinal { get; init; }

    /// <summary>Day it was archived (facility-local calendar day).</summary>
    public LocalDate? ArchivedDate { get; init; }

    /// <summary>When the sale was recorded in Metrc (with offset).</summary>
    public OffsetDateTime? RecordedDateTime { get; init; }

    /// <summary>Name of the user who recorded the sale.</summary>
    public string? RecordedByUserName { get; init; }
}

/// <summary>One line of a <see cref="SalesReceipt"/>.</summary>
public sealed record SalesTransaction
{
    /// <summary>Metrc's id of the package sold from.</summary>
    public long PackageId { get; init; }

    /// <summary>The package's tag.</summary>
    public string PackageLabel { get; init; } = string.Empty;

    /// <summary>The product (item) name.</summary>
    public string? ProductName { get; init; }

    /// <summary>The product's category.</summary>
    public string? ProductCategoryName { get; init; }

    /// <summary>The quantity sold.</summary>
    public decimal QuantitySold { get; init; }

    /// <summary>Unit of <see cref="QuantitySold"/>.</summary>
    public string? UnitOfMeasureName { get; init; }

    /// <summary>The line's total price.</summary>
    public decimal TotalPrice { get; init; }
}

/// <summary>A row of <c>POST /sales/v2/receipts</c>.</summary>
public sealed record CreateSalesReceiptRequest
{
    /// <summary>When the sale happened (not in the future). An instant with its UTC offset (not a calendar date); compare instants, not local dates.</summary>
    public required OffsetDateTime SalesDateTime { get; init; }

    /// <summary>The customer type (for example <c>Consumer</c>).</summary>
    public required string SalesCustomerType { get; init; }

    /// <summary>The patient's licence number in medical programs.</summary>
    public string? PatientLicenseNumber { get; init; }

    /// <summary>Your own receipt number; lets a lost answer be reconciled instead of resent.</summary>
    public string? ExternalReceiptNumber { get; init; }

    /// <summary>The lines of the sale.</summary>
    public required IReadOnlyList<CreateSalesTransaction> Transactions { get; init; }

    /// <summary>Licence number of the caregiver who acted for the patient (medical programs).</summary>
    public string? CaregiverLicenseNumber { get; init; }

    /// <summary>How the patient or customer was identified at the sale (for example a state ID).</summary>
    public string? IdentificationMethod { get; init; }

    /// <summary>Metrc id of the place the patient registered (medical programs).</summary>
    public long? PatientRegistrationLocationId { get; init; }
}

/// <summary>One line of a <see cref="CreateSalesReceiptRequest"/>.</summary>
public sealed record CreateSalesTransaction
{
    /// <summary>The package's tag (active, not finished, on hold or in transit).</summary>
    public required string PackageLabel { get; init; }

    /// <summary>The quantity sold.</summary>
    public required decimal Quantity { get; init; }

    /// <summary>Unit of <see cref="Quantity"/>.</summary>
    public required string UnitOfMeasure { get; init; }

    /// <summary>The line's total amount.</summary>
    public required decimal TotalAmount { get; init; }

    /// <summary>THC percentage of one unit of the item.</summary>
    public decimal? UnitThcPercent { get; init; }

    /// <summary>THC content of one unit of the item.</summary>
    public decimal? UnitThcContent { get; init; }

    /// <summary>Unit of the THC content per unit.</summary>
    public string? UnitThcContentUnitOfMeasure { get; init; }

    /// <summary>Weight of one unit of the item.</summary>
    public decimal? UnitWeight { get; init; }

    /// <summary>Unit of the unit weight.</summary>
    public string? UnitWeightUnitOfMeasure { get; init; }

    /// <summary>Invoice number the licensee attached.</summary>
    public string? InvoiceNumber { get; init; }

    /// <summary>Unit price charged.</summary>
    public decimal? Price { get; init; }

    /// <summary>Excise tax charged on the line.</summary>
    public decimal? ExciseTax { get; init; }

    /// <summary>City tax charged on the line.</summary>
    public decimal? CityTax { get; init; }

    /// <summary>County tax charged on the line.</summary>
    public decimal? CountyTax { get; init; }

    /// <summary>Municipal tax charged on the line.</summary>
    public decimal? MunicipalTax { get; init; }

    /// <summary>Discount given on the line.</summary>
    public decimal? DiscountAmount { get; init; }

    /// <summary>Line total before tax.</summary>
    public decimal? SubTotal { get; init; }

    /// <summary>Sales tax charged on the line.</summary>
    public decimal? SalesTax { get; init; }

    /// <summary>Retail ID QR codes scanned for the line.</summary>
    public IReadOnlyList<string>? QrCodes { get; init; }
}
