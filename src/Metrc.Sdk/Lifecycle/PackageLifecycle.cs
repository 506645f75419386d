namespace Metrc.Sdk.Lifecycle;

/// <summary>Package state rules shared by the validators and the emulator.</summary>
public static class PackageLifecycle
{
    /// <summary>The rule code that forbids using a package in <paramref name="status"/> for a sale, transfer, adjustment or split; <see langword="null"/> when allowed.</summary>
    public static string? CheckUsable(PackageStatus status) => status switch
    {
        PackageStatus.Active => null,
        PackageStatus.Finished => MetrcRuleCodes.PackageFinished,
        PackageStatus.OnHold => MetrcRuleCodes.PackageOnHold,
        PackageStatus.InTransit => MetrcRuleCodes.PackageInTransit,
        _ => MetrcRuleCodes.PackageNotActive,
    };

    /// <summary>Whether a package in <paramref name="status"/> may be finished.</summary>
    public static bool CanFinish(PackageStatus status) => status == PackageStatus.Active;

    /// <summary>Whether a package in <paramref name="status"/> may be unfinished.</summary>
    public static bool CanUnfinish(PackageStatus status) => status == PackageStatus.Finished;
}
