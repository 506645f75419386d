using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using NodaTime;

namespace Metrc.Sdk.Validation;

// Checks of package writes beyond create, adjust and finish: conservation, flags, labels of existing packages, dates.
internal sealed partial class ValidationSession
{
    /// <summary>
    /// A new package may not hold more than its ingredients give, judged only when every ingredient's unit is of the
    /// same kind as the package's (grams from grams or ounces; not pre-rolls "Each" from grams of flower).
    /// </summary>
    public bool Conserved(int row, FieldPath field, decimal quantity, string? unit, IReadOnlyList<PackageIngredient?> ingredients)
    {
        decimal total = 0;
        foreach (PackageIngredient? ingredient in ingredients)
        {
            if (ingredient is null || !MetrcUnits.TryConvert(ingredient.Quantity, ingredient.UnitOfMeasure, unit, out decimal converted))
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

        Report(row, field, MetrcRuleCodes.QuantityNotConserved, $"{field.Name} {quantity} {unit} is more than its ingredients give ({most} {unit}).");
        return false;
    }

    /// <summary>A well-formed label of a package the facility has (any status); <see langword="null"/> when unknown, not found or malformed.</summary>
    public MetrcPackageInfo? ExistingPackage(int row, FieldPath field, string? label) =>
        TagFormat(row, field, label) ? Package(row, field, label!) : null;

    /// <summary>A well-formed label of an active package; <see langword="null"/> when unknown, not usable or malformed.</summary>
    public MetrcPackageInfo? ActivePackage(int row, FieldPath field, string? label) =>
        TagFormat(row, field, label) ? UsablePackage(row, field, label!) : null;

    /// <summary><paramref name="earlier"/> may not be after <paramref name="later"/> when both are given.</summary>
    public bool NotAfter(int row, FieldPath field, LocalDate? earlier, string laterName, LocalDate? later)
    {
        if (earlier is not { } first || later is not { } second || first <= second)
        {
            return true;
        }

        Report(row, field, MetrcRuleCodes.PackageDatesOrder, $"{field.Name} {first:yyyy-MM-dd} is after {laterName} {second:yyyy-MM-dd}.");
        return false;
    }
}
