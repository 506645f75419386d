using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A facility (licence) the user key has access to.</summary>
public sealed record Facility
{
    /// <summary>The facility's display name.</summary>
    public string? Name { get; init; }

    /// <summary>The facility's alias, if set.</summary>
    public string? Alias { get; init; }

    /// <summary>The name shown in Metrc's user interface.</summary>
    public string? DisplayName { get; init; }

    /// <summary>When the licence was credentialed in Metrc. A date in the facility's calendar (its time zone), as Metrc sent it; no time of day or offset.</summary>
    public LocalDate? CredentialedDate { get; init; }

    /// <summary>Whether the user is the owner of the facility.</summary>
    public bool? IsOwner { get; init; }

    /// <summary>Whether the user is a manager of the facility.</summary>
    public bool? IsManager { get; init; }

    /// <summary>The facility's time zone (IANA id) where Metrc reports it.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The licence of the facility.</summary>
    public FacilityLicense? License { get; init; }
}

/// <summary>The licence of a <see cref="Facility"/>.</summary>
public sealed record FacilityLicense
{
    /// <summary>The licence number used as <c>licenseNumber</c> on facility-scoped calls.</summary>
    public string? Number { get; init; }

    /// <summary>First day the licence is valid. A date in the facility's calendar (its time zone), as Metrc sent it; no time of day or offset.</summary>
    public LocalDate? StartDate { get; init; }

    /// <summary>Last day the licence is valid. A date in the facility's calendar (its time zone), as Metrc sent it; no time of day or offset.</summary>
    public LocalDate? EndDate { get; init; }

    /// <summary>The licence type (for example <c>Medical Cultivation</c>).</summary>
    public string? LicenseType { get; init; }
}
