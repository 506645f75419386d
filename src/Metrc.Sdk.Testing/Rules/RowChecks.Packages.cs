using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Testing.Data;

namespace Metrc.Sdk.Testing.Rules;

// Checks of package writes beyond create, adjust and finish.
internal sealed partial class RowChecks
{
    /// <summary>A required, well-formed package label.</summary>
    public bool Label(int row, string field, string? label)
    {
        if (!Required(row, field, label))
        {
            return false;
        }

        if (MetrcTagRules.IsValidFormat(label))
        {
            return true;
        }

        Errors.Add(row, MetrcRuleCodes.TagFormat, $"{field} '{label}' is not a valid tag.");
        return false;
    }

    /// <summary>A well-formed label of an active package of this facility.</summary>
    public PackageData? ActivePackage(int row, string field, string? label) => Label(row, field, label) ? UsablePackage(row, field, label) : null;

    /// <summary>A well-formed label of a package of this facility, in any status.</summary>
    public PackageData? ExistingPackage(int row, string field, string? label)
    {
        if (!Label(row, field, label))
        {
            return null;
        }

        if (Facility.Packages.TryGetValue(label!, out PackageData? package))
        {
            return package;
        }

        Errors.Add(row, MetrcRuleCodes.PackageNotActive, $"Package {label} was not found.");
        return null;
    }

    /// <summary>
    /// A new package holds at most what its ingredients give, when every ingredient is measured in the same kind of
    /// unit as the package (converted, and rounded up to Metrc's four decimal places).
    /// </summary>
    public bool Conserved(int row, decimal quantity, string? unit, IEnumerable<(decimal Quantity, string? Unit)> ingredients)
    {
        decimal total = 0;
        foreach ((decimal Quantity, string? Unit) ingredient in ingredients)
        {
            if (!MetrcUnits.TryConvert(ingredient.Quantity, ingredient.Unit, unit, out decimal converted))
            {
                return true;
            }

            total += converted;
        }

        decimal most = decimal.Ceiling(total * 10_000m) / 10_000m;
        if (quantity <= most)
        {
            return true;
        }

        Errors.Add(row, MetrcRuleCodes.QuantityNotConserved, $"Quantity {quantity} {unit} is more than the ingredients give ({most} {unit}).");
        return false;
    }

    /// <summary>Label dates in order: sell by, then use by, then expiration (each pair when both are given).</summary>
    public bool DatesInOrder(int row, DateOnly? sellBy, DateOnly? useBy, DateOnly? expiration) =>
        NotAfter(row, "SellByDate", sellBy, "UseByDate", useBy)
        && NotAfter(row, "SellByDate", sellBy, "ExpirationDate", expiration)
        && NotAfter(row, "UseByDate", useBy, "ExpirationDate", expiration);

    private bool NotAfter(int row, string field, DateOnly? earlier, string laterField, DateOnly? later)
    {
        if (earlier is not { } first || later is not { } second || first <= second)
        {
            return true;
        }

        Errors.Add(row, MetrcRuleCodes.PackageDatesOrder, $"{field} {first:yyyy-MM-dd} is after {laterField} {second:yyyy-MM-dd}.");
        return false;
    }
}

