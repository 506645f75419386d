using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /packages/v2</c> and <c>POST /packages/v2/testing</c>.</summary>
internal sealed class CreatePackageRules : IRowRules<CreatePackageRequest>
{
    public static readonly CreatePackageRules Instance = new();

    public void Check(ValidationSession s, int row, CreatePackageRequest r)
    {
        s.NewTag(row, "Tag", r.Tag, MetrcTagKind.Package);
        QuantityKind? kind = s.Required(row, "Item", r.Item) ? s.ItemKind(row, "Item", r.Item) : null;
        s.Unit(row, "UnitOfMeasure", r.UnitOfMeasure, kind);
        bool quantityOk = s.Positive(row, "Quantity", r.Quantity);
        s.Date(row, "ActualDate", r.ActualDate);
        if (r.Location is not null)
        {
            s.Location(row, "Location", r.Location);
        }

        s.OptionalSublocation(row, "Sublocation", r.Sublocation);

        if (r.IsProductionBatch)
        {
            s.Required(row, "ProductionBatchNumber", r.ProductionBatchNumber);
        }

        if (s.RequiredList(row, "Ingredients", r.Ingredients))
        {
            for (int i = 0; i < r.Ingredients.Count; i++)
            {
                CheckIngredient(s, row, i, r.Ingredients[i]);
            }

            if (quantityOk)
            {
                s.Conserved(row, "Quantity", r.Quantity, r.UnitOfMeasure, r.Ingredients);
            }
        }

        if (!s.HasErrors(row) && r.Tag is not null)
        {
            s.Created(r.Tag, r.Quantity, r.UnitOfMeasure);
        }
    }

    private static void CheckIngredient(ValidationSession s, int row, int i, PackageIngredient? ingredient)
    {
        FieldPath label = FieldPath.Item("Ingredients", i, "Package");
        if (!s.RequiredItem(row, label, ingredient, "Ingredient"))
        {
            return;
        }

        FieldPath quantity = FieldPath.Item("Ingredients", i, "Quantity");
        bool quantityOk = s.Positive(row, quantity, ingredient.Quantity);
        s.Unit(row, FieldPath.Item("Ingredients", i, "UnitOfMeasure"), ingredient.UnitOfMeasure, null);
        if (!s.TagFormat(row, label, ingredient.Package) || s.UsablePackage(row, label, ingredient.Package) is not { } package)
        {
            return;
        }

        s.SameUnit(row, FieldPath.Item("Ingredients", i, "UnitOfMeasure"), ingredient.UnitOfMeasure, ingredient.Package, package);
        if (quantityOk)
        {
            s.Available(row, quantity, ingredient.Quantity, ingredient.Package, package);
        }
    }
}
