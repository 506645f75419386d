using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: package source harvest.</summary>
public sealed record PackageSourceHarvest
{
    /// <summary>Harvested by facility license number.</summary>
    public string? HarvestedByFacilityLicenseNumber { get; init; }

    /// <summary>Harvested by facility name.</summary>
    public string? HarvestedByFacilityName { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Harvest start date.</summary>
    public LocalDate? HarvestStartDate { get; init; }
}
