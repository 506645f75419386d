namespace Metrc.Sdk.Hosting;

/// <summary>One facility the sync worker keeps up to date.</summary>
public sealed class MetrcSyncFacility
{
    /// <summary>The facility's state (picks the client and its throttle).</summary>
    public MetrcState State { get; set; }

    /// <summary>The facility's licence number.</summary>
    public string LicenseNumber { get; set; } = string.Empty;

    /// <summary>
    /// The facility's IANA time zone (e.g. <c>America/Denver</c>, as Metrc's facility list reports it); schedules run
    /// on its local clock.
    /// </summary>
    public string TimeZone { get; set; } = string.Empty;

    /// <summary>The section names to sync (see <c>MetrcSyncSections.All</c>); every built-in section when empty.</summary>
    public IList<string> Sections { get; } = [];

    /// <summary>The facility's credentials; the client factory's credential provider when <see langword="null"/>.</summary>
    public MetrcCredentials? Credentials { get; set; }
}
