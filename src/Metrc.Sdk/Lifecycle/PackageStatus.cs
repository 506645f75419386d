namespace Metrc.Sdk.Lifecycle;

/// <summary>The state of a package.</summary>
public enum PackageStatus
{
    /// <summary>Active: can be adjusted, split, sold or transferred.</summary>
    Active = 0,

    /// <summary>On hold by the regulator: cannot be sold or transferred.</summary>
    OnHold = 1,

    /// <summary>Finished (inactive): cannot be sold until unfinished.</summary>
    Finished = 2,

    /// <summary>In transit on a transfer.</summary>
    InTransit = 3,

    /// <summary>Transferred to another facility.</summary>
    Transferred = 4,
}
