using System.Text.Json.Serialization.Metadata;
using Metrc.Sdk.Http;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk;

/// <summary>
/// A Metrc write that takes a JSON array of rows: its name, HTTP method and path, and how a row is serialized. Pass one
/// of <see cref="MetrcWriteOperations"/> to <see cref="IMetrcBatchClient.WriteAsync{T}(MetrcWriteOperation{T}, string, IEnumerable{T}, MetrcRequestOptions?, CancellationToken)"/>.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
public sealed class MetrcWriteOperation<T>
{
    internal MetrcWriteOperation(MetrcOperation operation, JsonTypeInfo<T> rowType)
    {
        Operation = operation;
        RowType = rowType;
    }

    /// <summary>The operation's stable name, for example <c>Packages.Create</c> (used by chunk-size options and telemetry).</summary>
    public string Name => Operation.Name;

    internal MetrcOperation Operation { get; }

    internal JsonTypeInfo<T> RowType { get; }

    /// <summary>How a lost answer is reconciled (the rows' natural keys), for writes that have one.</summary>
    internal Idempotency.IMetrcWriteReconciler<T>? Reconciler { get; init; }

    /// <summary>Whether a row carries the natural key <see cref="Reconciler"/> needs; <see langword="null"/> when every row does.</summary>
    internal Func<T, bool>? HasNaturalKey { get; init; }

    /// <summary>The reconciler for <paramref name="rows"/>: only when every row carries its natural key.</summary>
    internal Idempotency.IMetrcWriteReconciler<T>? ReconcilerFor(IReadOnlyList<T> rows)
    {
        if (Reconciler is null || HasNaturalKey is null)
        {
            return Reconciler;
        }

        for (int i = 0; i < rows.Count; i++)
        {
            if (!HasNaturalKey(rows[i]))
            {
                return null;
            }
        }

        return Reconciler;
    }

    /// <inheritdoc />
    public override string ToString() => Operation.ToString();
}

/// <summary>Every write of the SDK that takes rows, for the batch client and chunk-size options.</summary>
public static class MetrcWriteOperations
{
    /// <summary>Creates packages from packages (<c>POST /packages/v2/</c>).</summary>
    public static MetrcWriteOperation<CreatePackageRequest> CreatePackages { get; } =
        new(MetrcOperation.Post("Packages.Create", "packages/v2/"), MetrcJsonContext.Default.CreatePackageRequest)
        {
            Reconciler = Idempotency.MetrcReconcilers.CreatePackage,
        };

    /// <summary>Finishes packages (<c>PUT /packages/v2/finish</c>).</summary>
    public static MetrcWriteOperation<FinishPackageRequest> FinishPackages { get; } =
        new(MetrcOperation.Put("Packages.Finish", "packages/v2/finish"), MetrcJsonContext.Default.FinishPackageRequest);

    /// <summary>Unfinishes packages (<c>PUT /packages/v2/unfinish</c>).</summary>
    public static MetrcWriteOperation<UnfinishPackageRequest> UnfinishPackages { get; } =
        new(MetrcOperation.Put("Packages.Unfinish", "packages/v2/unfinish"), MetrcJsonContext.Default.UnfinishPackageRequest);

    /// <summary>Adjusts package quantities (<c>POST /packages/v2/adjust</c>).</summary>
    public static MetrcWriteOperation<AdjustPackageRequest> AdjustPackages { get; } =
        new(MetrcOperation.Post("Packages.Adjust", "packages/v2/adjust"), MetrcJsonContext.Default.AdjustPackageRequest);

    /// <summary>Creates plant batches from plantings (<c>POST /plantbatches/v2/plantings</c>).</summary>
    public static MetrcWriteOperation<CreatePlantingsRequest> CreatePlantings { get; } =
        new(MetrcOperation.Post("PlantBatches.CreatePlantings", "plantbatches/v2/plantings"), MetrcJsonContext.Default.CreatePlantingsRequest)
        {
            Reconciler = Idempotency.MetrcReconcilers.CreatePlantings,
        };

    /// <summary>Moves plants of a batch to a tagged growth phase (<c>POST /plantbatches/v2/growthphase</c>).</summary>
    public static MetrcWriteOperation<ChangePlantBatchGrowthPhaseRequest> ChangePlantBatchGrowthPhase { get; } =
        new(MetrcOperation.Post("PlantBatches.ChangeGrowthPhase", "plantbatches/v2/growthphase"), MetrcJsonContext.Default.ChangePlantBatchGrowthPhaseRequest);

    /// <summary>Changes tagged plants' growth phase (<c>PUT /plants/v2/growthphase</c>).</summary>
    public static MetrcWriteOperation<ChangePlantGrowthPhaseRequest> ChangePlantGrowthPhase { get; } =
        new(MetrcOperation.Put("Plants.ChangeGrowthPhase", "plants/v2/growthphase"), MetrcJsonContext.Default.ChangePlantGrowthPhaseRequest);

    /// <summary>Harvests flowering plants (<c>PUT /plants/v2/harvest</c>).</summary>
    public static MetrcWriteOperation<HarvestPlantRequest> HarvestPlants { get; } =
        new(MetrcOperation.Put("Plants.Harvest", "plants/v2/harvest"), MetrcJsonContext.Default.HarvestPlantRequest);

    /// <summary>Manicures flowering plants (<c>PUT /plants/v2/manicure</c>).</summary>
    public static MetrcWriteOperation<HarvestPlantRequest> ManicurePlants { get; } =
        new(MetrcOperation.Put("Plants.Manicure", "plants/v2/manicure"), MetrcJsonContext.Default.HarvestPlantRequest);

    /// <summary>Destroys plants (<c>DELETE /plants/v2/</c>).</summary>
    public static MetrcWriteOperation<DestroyPlantRequest> DestroyPlants { get; } =
        new(MetrcOperation.Delete("Plants.Destroy", "plants/v2/"), MetrcJsonContext.Default.DestroyPlantRequest);

    /// <summary>Creates packages from harvests (<c>POST /harvests/v2/packages</c>).</summary>
    public static MetrcWriteOperation<CreateHarvestPackageRequest> CreateHarvestPackages { get; } =
        new(MetrcOperation.Post("Harvests.CreatePackages", "harvests/v2/packages"), MetrcJsonContext.Default.CreateHarvestPackageRequest);

    /// <summary>Records sales receipts (<c>POST /sales/v2/receipts</c>).</summary>
    public static MetrcWriteOperation<CreateSalesReceiptRequest> CreateSalesReceipts { get; } =
        new(MetrcOperation.Post("Sales.CreateReceipts", "sales/v2/receipts"), MetrcJsonContext.Default.CreateSalesReceiptRequest)
        {
            Reconciler = Idempotency.MetrcReconcilers.CreateSalesReceipt,
            HasNaturalKey = static row => !string.IsNullOrWhiteSpace(row.ExternalReceiptNumber),
        };

    /// <summary>Creates outgoing transfer manifests (<c>POST /transfers/v2/templates/outgoing</c>).</summary>
    public static MetrcWriteOperation<CreateOutgoingTransferRequest> CreateOutgoingTransfers { get; } =
        new(MetrcOperation.Post("Transfers.CreateOutgoing", "transfers/v2/templates/outgoing"), MetrcJsonContext.Default.CreateOutgoingTransferRequest);
}
