using System.Buffers.Text;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

// Checks shared by the create and update writes of items, strains, locations and additives templates.
internal sealed partial class ValidationSession
{
    /// <summary>Testing statuses Metrc documents for strains.</summary>
    private static readonly string[] s_strainTestingStatuses = ["None", "InHouse", "ThirdParty"];

    /// <summary>
    /// An item's category (known to the state), unit of measure (of the category's kind), strain (required when the
    /// category requires one; must exist when given), brand (must exist when given) and unit percentages (0-100).
    /// </summary>
    public void ItemDetails(int row, string? category, string? unit, string? strain, string? brand, decimal? thc, decimal? cbd)
    {
        MetrcItemCategoryInfo? info = null;
        if (Required(row, "ItemCategory", category) && Snapshot?.ItemCategories is { } categories && !categories.TryGetValue(category!, out info))
        {
            Report(row, "ItemCategory", MetrcRuleCodes.ItemCategoryUnknown, $"Item category '{category}' does not exist.");
        }

        Unit(row, "UnitOfMeasure", unit, info?.QuantityKind);
        if (info?.RequiresStrain == true || !string.IsNullOrEmpty(strain))
        {
            Strain(row, "Strain", strain);
        }

        if (!string.IsNullOrEmpty(brand))
        {
            Named(row, "ItemBrand", brand, Snapshot?.ItemBrands, MetrcRuleCodes.ItemBrandNotFound);
        }

        InRange(row, "UnitThcPercent", thc, 100);
        InRange(row, "UnitCbdPercent", cbd, 100);
    }

    /// <summary>A strain's testing status (a documented one when given), THC and CBD levels (0-1) and indica + sativa percentages (each 0-100, together at most 100).</summary>
    public void StrainDetails(int row, string? testingStatus, decimal? thc, decimal? cbd, decimal? indica, decimal? sativa)
    {
        if (!string.IsNullOrEmpty(testingStatus) && Array.IndexOf(s_strainTestingStatuses, testingStatus) < 0)
        {
            Report(row, "TestingStatus", MetrcRuleCodes.InvalidValue, $"TestingStatus '{testingStatus}' must be None, InHouse or ThirdParty.");
        }

        InRange(row, "ThcLevel", thc, 1);
        InRange(row, "CbdLevel", cbd, 1);
        if (InRange(row, "IndicaPercentage", indica, 100) & InRange(row, "SativaPercentage", sativa, 100) && (indica ?? 0) + (sativa ?? 0) > 100)
        {
            Report(row, "SativaPercentage", MetrcRuleCodes.InvalidValue, $"IndicaPercentage {indica} and SativaPercentage {sativa} add up to more than 100.");
        }
    }

    /// <summary>An additives template's type (required) and active ingredients (each named, percentage 0-100).</summary>
    public void AdditivesTemplateDetails(int row, string? additiveType, IReadOnlyList<AdditiveIngredient?>? ingredients)
    {
        Required(row, "AdditiveType", additiveType);
        if (ingredients is null)
        {
            return;
        }

        for (int i = 0; i < ingredients.Count; i++)
        {
            FieldPath name = FieldPath.Item("ActiveIngredients", i, "Name");
            if (RequiredItem(row, name, ingredients[i], "Active ingredient"))
            {
                Required(row, name, ingredients[i]!.Name);
                InRange(row, FieldPath.Item("ActiveIngredients", i, "Percentage"), ingredients[i]!.Percentage, 100);
            }
        }
    }

    /// <summary>An uploaded file: a name and base64 content.</summary>
    public void Upload(int row, string? fileName, string? base64)
    {
        Required(row, "FileName", fileName);
        if (Required(row, "EncodedImageBase64", base64) && !Base64.IsValid(base64!))
        {
            Report(row, "EncodedImageBase64", MetrcRuleCodes.InvalidValue, "EncodedImageBase64 is not valid base64.");
        }
    }
}
