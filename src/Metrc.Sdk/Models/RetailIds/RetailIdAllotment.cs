namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: retail id allotment.</summary>
public sealed record RetailIdAllotment
{
    /// <summary>Facility id.</summary>
    public long? FacilityId { get; init; }

    /// <summary>Allotment.</summary>
    public int? Allotment { get; init; }

    /// <summary>Facility license number.</summary>
    public string? FacilityLicenseNumber { get; init; }
}
