using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: retailer delivery.</summary>
public sealed record RetailerDelivery
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Retailer delivery number.</summary>
    public string? RetailerDeliveryNumber { get; init; }

    /// <summary>Facility license number.</summary>
    public string? FacilityLicenseNumber { get; init; }

    /// <summary>Facility name.</summary>
    public string? FacilityName { get; init; }

    /// <summary>Date time.</summary>
    public OffsetDateTime? DateTime { get; init; }

    /// <summary>Driver employee id.</summary>
    public string? DriverEmployeeId { get; init; }

    /// <summary>Driver name.</summary>
    public string? DriverName { get; init; }

    /// <summary>Drivers license number.</summary>
    public string? DriversLicenseNumber { get; init; }

    /// <summary>Vehicle make.</summary>
    public string? VehicleMake { get; init; }

    /// <summary>Vehicle model.</summary>
    public string? VehicleModel { get; init; }

    /// <summary>Vehicle license plate number.</summary>
    public string? VehicleLicensePlateNumber { get; init; }

    /// <summary>Vehicle info.</summary>
    public string? VehicleInfo { get; init; }

    /// <summary>Direction.</summary>
    public string? Direction { get; init; }

    /// <summary>Estimated departure date time.</summary>
    public OffsetDateTime? EstimatedDepartureDateTime { get; init; }

    /// <summary>Actual departure date time.</summary>
    public OffsetDateTime? ActualDepartureDateTime { get; init; }

    /// <summary>Restock date time.</summary>
    public OffsetDateTime? RestockDateTime { get; init; }

    /// <summary>Total packages.</summary>
    public int? TotalPackages { get; init; }

    /// <summary>Total price.</summary>
    public decimal? TotalPrice { get; init; }

    /// <summary>Total price sold.</summary>
    public decimal? TotalPriceSold { get; init; }

    /// <summary>Accepted date time.</summary>
    public OffsetDateTime? AcceptedDateTime { get; init; }

    /// <summary>Destinations.</summary>
    public IReadOnlyList<string>? Destinations { get; init; }

    /// <summary>Completed date time.</summary>
    public OffsetDateTime? CompletedDateTime { get; init; }

    /// <summary>Retailer delivery state.</summary>
    public string? RetailerDeliveryState { get; init; }

    /// <summary>Allow full edit.</summary>
    public bool AllowFullEdit { get; init; }

    /// <summary>Leg.</summary>
    public int? Leg { get; init; }

    /// <summary>Voided date.</summary>
    public LocalDate? VoidedDate { get; init; }

    /// <summary>Recorded date time.</summary>
    public OffsetDateTime? RecordedDateTime { get; init; }

    /// <summary>Recorded by user name.</summary>
    public string? RecordedByUserName { get; init; }

    /// <summary>Last modified.</summary>
    public OffsetDateTime? LastModified { get; init; }

    /// <summary>Packages.</summary>
    public IReadOnlyList<string>? Packages { get; init; }
}
