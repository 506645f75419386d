using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /packages/v2/usebydate</c>: dates of a package of the facility, in order (sell by ≤ use by ≤ expiration).</summary>
internal sealed class SetPackageDatesRules : IRowRules<SetPackageDatesRequest>
{
    public static readonly SetPackageDatesRules Instance = new();

    public void Check(ValidationSession s, int row, SetPackageDatesRequest r)
    {
        s.ExistingPackage(row, "Label", r.Label);
        _ = s.NotAfter(row, "SellByDate", r.SellByDate, "UseByDate", r.UseByDate)
            && s.NotAfter(row, "SellByDate", r.SellByDate, "ExpirationDate", r.ExpirationDate)
            && s.NotAfter(row, "UseByDate", r.UseByDate, "ExpirationDate", r.ExpirationDate);
    }
}
