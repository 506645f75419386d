using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /packages/v2/</c>.</summary>
internal sealed class CreatePackageRules : IRowRules<CreatePackageRequest>
{
    public static readonly CreatePackageRules Instance = new();

    public void Check(ValidationSession s, int row, CreatePackageRequest r)
    {
        s.NewTag(row, "Tag", r.Tag, MetrcTagKind.Package);
        QuantityKind? kind = s.Required(row, "Item", r.Item) ? s.ItemKind(row, "Item", r.Item) : null;
        s.Unit(row, "UnitOfMeasure", r.UnitOfMeasure, kind);
        s.Positive(row, "Quantity", r.Quantity);
        s.Date(row, "ActualDate", r.ActualDate);
        if (r.Location is not null)
        {
            s.Required(row, "Location", r.Location);
        }

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
        }

        if (!s.HasErrors(row) && r.Tag is not null)
        {
            s.Created(r.Tag, r.Quantity, r.UnitOfMeasure);
        }
    }

    private static void CheckIngredient(ValidationSession s, int row, int i, PackageIngredient? ingredient)
    {
        if (ingredient is null)
        {
            s.Report(row, FieldPath.Item("Ingredients", i, "Package"), MetrcRuleCodes.Required, "Ingredient is required (the list holds a null).");
            return;
        }

        FieldPath label = FieldPath.Item("Ingredients", i, "Package");
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

/// <summary>Rules of <c>POST /harvests/v2/packages</c>.</summary>
internal sealed class CreateHarvestPackageRules : IRowRules<CreateHarvestPackageRequest>
{
    public static readonly CreateHarvestPackageRules Instance = new();

    public void Check(ValidationSession s, int row, CreateHarvestPackageRequest r)
    {
        s.NewTag(row, "Tag", r.Tag, MetrcTagKind.Package);
        s.Required(row, "Location", r.Location);
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
                if (ingredient is null)
                {
                    s.Report(row, FieldPath.Item("Ingredients", i, "HarvestName"), MetrcRuleCodes.Required, "Ingredient is required (the list holds a null).");
                    continue;
                }

                s.Required(row, FieldPath.Item("Ingredients", i, "HarvestName"), ingredient.HarvestName);
                s.Positive(row, FieldPath.Item("Ingredients", i, "Weight"), ingredient.Weight);
                s.Unit(row, FieldPath.Item("Ingredients", i, "UnitOfWeight"), ingredient.UnitOfWeight, QuantityKind.Weight);
                total += ingredient.Weight;
            }
        }

        if (!s.HasErrors(row) && r.Tag is not null)
        {
            s.Created(r.Tag, total, r.UnitOfWeight);
        }
    }
}

/// <summary>Rules of <c>PUT /packages/v2/finish</c>.</summary>
internal sealed class FinishPackageRules : IRowRules<FinishPackageRequest>
{
    public static readonly FinishPackageRules Instance = new();

    public void Check(ValidationSession s, int row, FinishPackageRequest r)
    {
        s.Date(row, "ActualDate", r.ActualDate);
        if (!s.UniqueLabel(row, "Label", r.Label) || s.Package(row, "Label", r.Label) is not { } package)
        {
            return;
        }

        if (!PackageLifecycle.CanFinish(package.Status))
        {
            s.Report(row, "Label", PackageLifecycle.CheckUsable(package.Status) ?? MetrcRuleCodes.PackageNotActive, $"Package {r.Label} is {package.Status} and cannot be finished.");
        }
    }
}

/// <summary>Rules of <c>PUT /packages/v2/unfinish</c>.</summary>
internal sealed class UnfinishPackageRules : IRowRules<UnfinishPackageRequest>
{
    public static readonly UnfinishPackageRules Instance = new();

    public void Check(ValidationSession s, int row, UnfinishPackageRequest r)
    {
        if (!s.UniqueLabel(row, "Label", r.Label) || s.Package(row, "Label", r.Label) is not { } package)
        {
            return;
        }

        if (!PackageLifecycle.CanUnfinish(package.Status))
        {
            s.Report(row, "Label", MetrcRuleCodes.PackageNotActive, $"Package {r.Label} is {package.Status}, not finished; only a finished package can be unfinished.");
        }
    }
}

/// <summary>Rules of <c>POST /packages/v2/adjust</c>.</summary>
internal sealed class AdjustPackageRules : IRowRules<AdjustPackageRequest>
{
    public static readonly AdjustPackageRules Instance = new();

    public void Check(ValidationSession s, int row, AdjustPackageRequest r)
    {
        bool quantityOk = r.Quantity != 0;
        if (!quantityOk)
        {
            s.Report(row, "Quantity", MetrcRuleCodes.QuantityPositive, "Quantity must not be zero.");
        }
        else
        {
            quantityOk = s.Precision(row, "Quantity", r.Quantity);
        }

        s.Unit(row, "UnitOfMeasure", r.UnitOfMeasure, null);
        s.Required(row, "AdjustmentReason", r.AdjustmentReason);
        s.Date(row, "AdjustmentDate", r.AdjustmentDate);
        if (!s.TagFormat(row, "Label", r.Label) || s.UsablePackage(row, "Label", r.Label) is not { } package)
        {
            return;
        }

        s.SameUnit(row, "UnitOfMeasure", r.UnitOfMeasure, r.Label, package);
        if (quantityOk && package.Quantity is { } onHand && onHand + r.Quantity < 0)
        {
            s.Report(row, "Quantity", MetrcRuleCodes.QuantityExceedsAvailable, $"Package {r.Label} holds {onHand} {package.UnitOfMeasure}; it cannot go below zero.");
        }
    }
}
