using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /harvests/v2/packages</c> and <c>/harvests/v2/packages/testing</c>: packages from open harvests, only while weight remains.</summary>
internal sealed class CreateHarvestPackageRules : IRowRules<CreateHarvestPackageRequest>
{
    public static readonly CreateHarvestPackageRules Instance = new();

    public void Check(ValidationSession s, int row, CreateHarvestPackageRequest r)
    {
        s.NewTag(row, "Tag", r.Tag, MetrcTagKind.Package);
        s.Location(row, "Location", r.Location);
        if (s.Required(row, "Item", r.Item) && s.ItemKind(row, "Item", r.Item) is { } kind && kind != QuantityKind.Weight)
        {
            s.Report(row, "Item", MetrcRuleCodes.UnitIncompatible, $"Item {r.Item} is {kind}-based; a package from a harvest needs a weight-based item.");
        }

        s.Unit(row, "UnitOfWeight", r.UnitOfWeight, QuantityKind.Weight);
        s.Date(row, "ActualDate", r.ActualDate);
        decimal total = 0;
        if (s.RequiredList(row, "Ingredients", r.Ingredients))
        {
            for (int i = 0; i < r.Ingredients.Count; i++)
            {
                HarvestIngredient? ingredient = r.Ingredients[i];
                if (!s.RequiredItem(row, FieldPath.Item("Ingredients", i, "HarvestName"), ingredient, "Ingredient"))
                {
                    continue;
                }

                FieldPath name = FieldPath.Item("Ingredients", i, "HarvestName");
                FieldPath weight = FieldPath.Item("Ingredients", i, "Weight");
                bool ok = s.Positive(row, weight, ingredient.Weight)
                    & s.Unit(row, FieldPath.Item("Ingredients", i, "UnitOfWeight"), ingredient.UnitOfWeight, QuantityKind.Weight);
                total += ingredient.Weight;
                if (s.Required(row, name, ingredient.HarvestName) && s.Harvest(row, name, null, name, ingredient.HarvestName) is { } harvest
                    && s.OpenHarvest(row, name, harvest.Name, harvest.Info) && ok)
                {
                    s.HarvestWeight(row, weight, harvest.Name, harvest.Info, ingredient.Weight, ingredient.UnitOfWeight);
                }
            }
        }

        if (!s.HasErrors(row) && r.Tag is not null)
        {
            s.Created(r.Tag, total, r.UnitOfWeight);
        }
    }
}
