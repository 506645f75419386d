using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>
/// Rules of the package flag writes (<c>PUT /packages/v2/{finishedgood|donation|tradesample}/{flag|unflag}</c>): the
/// package exists and is active; an unflag needs the flag to be set (flagging twice is an idempotent PUT).
/// </summary>
internal sealed class PackageLabelRules : IRowRules<PackageLabelRequest>
{
    public static readonly PackageLabelRules FlagFinishedGood = new(static _ => null, null);
    public static readonly PackageLabelRules UnflagFinishedGood = new(static p => p.IsFinishedGood, "finished good");
    public static readonly PackageLabelRules FlagDonation = new(static _ => null, null);
    public static readonly PackageLabelRules UnflagDonation = new(static p => p.IsDonation, "donation");
    public static readonly PackageLabelRules FlagTradeSample = new(static _ => null, null);
    public static readonly PackageLabelRules UnflagTradeSample = new(static p => p.IsTradeSample, "trade sample");

    private readonly Func<MetrcPackageInfo, bool?> _flag;
    private readonly string? _unflagged;

    private PackageLabelRules(Func<MetrcPackageInfo, bool?> flag, string? unflagged)
    {
        _flag = flag;
        _unflagged = unflagged;
    }

    public void Check(ValidationSession s, int row, PackageLabelRequest r)
    {
        if (s.ActivePackage(row, "Label", r.Label) is { } package && _unflagged is not null && _flag(package) == false)
        {
            s.Report(row, "Label", MetrcRuleCodes.PackageFlagNotSet, $"Package {r.Label} is not flagged as a {_unflagged}.");
        }
    }
}
