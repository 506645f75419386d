namespace Metrc.Sdk.Validation;

/// <summary>Finds the rules of a write operation.</summary>
internal static class RowRules
{
    /// <summary>The rules of <paramref name="operation"/>, or <see langword="null"/> when the SDK has none for it.</summary>
    public static IRowRules<T>? For<T>(MetrcWriteOperation<T> operation)
    {
        object? rules = operation.Name switch
        {
            "Packages.Create" => CreatePackageRules.Instance,
            "Packages.Finish" => FinishPackageRules.Instance,
            "Packages.Unfinish" => UnfinishPackageRules.Instance,
            "Packages.Adjust" => AdjustPackageRules.Instance,
            "PlantBatches.CreatePlantings" => CreatePlantingsRules.Instance,
            "PlantBatches.ChangeGrowthPhase" => ChangePlantBatchGrowthPhaseRules.Instance,
            "Plants.ChangeGrowthPhase" => ChangePlantGrowthPhaseRules.Instance,
            "Plants.Harvest" => HarvestPlantRules.Harvest,
            "Plants.Manicure" => HarvestPlantRules.Manicure,
            "Plants.Destroy" => DestroyPlantRules.Instance,
            "Harvests.CreatePackages" => CreateHarvestPackageRules.Instance,
            "Sales.CreateReceipts" => CreateSalesReceiptRules.Instance,
            "Transfers.CreateOutgoing" => CreateOutgoingTransferRules.Instance,
            _ => null,
        };
        return rules as IRowRules<T>;
    }
}
