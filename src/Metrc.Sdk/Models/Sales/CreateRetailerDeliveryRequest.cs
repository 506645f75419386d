using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: create retailer delivery request.</summary>
public sealed record CreateRetailerDeliveryRequest
{
    /// <summary>Date time.</summary>
    public OffsetDateTime? DateTime { get; init; }

    /// <summary>Driver employee id.</summary>
    public string? DriverEmployeeId { get; init; }

    /// <summary>Driver name.</summary>
    public string? DriverName { get; init; }

    /// <summary>Drivers license number.</summary>
    public string? DriversLicenseNumber { get; init; }

    /// <summary>Phone number for questions.</summary>
    public string? PhoneNumberForQuestions { get; init; }

    /// <summary>Vehicle make.</summary>
    public string? VehicleMake { get; init; }

    /// <summary>Vehicle model.</summary>
    public string? VehicleModel { get; init; }

    /// <summary>Vehicle license plate number.</summary>
    public string? VehicleLicensePlateNumber { get; init; }

    /// <summary>Estimated departure date time.</summary>
    public OffsetDateTime? EstimatedDepartureDateTime { get; init; }

    /// <summary>Destinations.</summary>
    public IReadOnlyList<RetailerDeliveryDestinationRequest>? Destinations { get; init; }

    /// <summary>Packages.</summary>
    public IReadOnlyList<RetailerDeliveryPackageRequest>? Packages { get; init; }
}
