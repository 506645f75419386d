namespace Metrc.Sdk.Testing.Data;

// What package writes beyond create, adjust and finish keep: sublocation, flags, note, external id, label dates.
internal sealed partial class PackageData
{
    public string? Sublocation { get; set; }

    public bool IsFinishedGood { get; set; }

    public bool IsDonation { get; set; }

    public bool IsTradeSample { get; set; }

    public string? Note { get; set; }

    public string? ExternalId { get; set; }

    public DateOnly? ExpirationDate { get; set; }

    public DateOnly? SellByDate { get; set; }

    public DateOnly? UseByDate { get; set; }
}
