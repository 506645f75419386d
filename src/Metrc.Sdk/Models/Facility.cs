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

    /// <summary>Metrc id of the facility.</summary>
    public long? FacilityId { get; init; }

    /// <summary>Day the user was hired at the facility (facility-local calendar day).</summary>
    public LocalDate? HireDate { get; init; }

    /// <summary>Whether the user is the facility’s financial contact with Metrc.</summary>
    public bool IsFinancialContact { get; init; }

    /// <summary>E-mail address of the user the key belongs to.</summary>
    public string? Email { get; init; }

    /// <summary>Occupations the user holds at the facility.</summary>
    public IReadOnlyList<string>? Occupations { get; init; }

    /// <summary>Day Metrc support for the facility started (facility-local calendar day).</summary>
    public LocalDate? SupportActivationDate { get; init; }

    /// <summary>Day Metrc support for the facility ends (facility-local calendar day).</summary>
    public LocalDate? SupportExpirationDate { get; init; }

    /// <summary>What the facility is licensed and configured to do.</summary>
    public FacilityType? FacilityType { get; init; }

    /// <summary>Whether the facility may put packages that are on hold on a transfer.</summary>
    public bool? AllowTransferOfOnHoldPackages { get; init; }

    /// <summary>Whether the facility may put recalled packages on a transfer.</summary>
    public bool? AllowTransferOfOnRecallPackages { get; init; }
}

/// <summary>A licence as Metrc reports it: the licence of a <see cref="Facility"/>, or the one an <see cref="Employee"/> works under.</summary>
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

    /// <summary>The employee licence number the user holds for this facility.</summary>
    public string? EmployeeLicenseNumber { get; init; }
}
