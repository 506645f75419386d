using Metrc.Sdk.Idempotency;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Outbox;

/// <summary>The SDK's writes as outbox operations. They are always known to the drainer.</summary>
public static class MetrcOutboxOperations
{
    /// <summary><c>PlantBatches.CreatePlantings</c>; reconciled by batch name.</summary>
    public static OutboxOperation<CreatePlantingsRequest> CreatePlantings { get; } = new(
        "PlantBatches.CreatePlantings",
        MetrcJsonContext.Default.CreatePlantingsRequest,
        static (client, license, rows, ct) => client.PlantBatches.CreatePlantingsAsync(license, rows, cancellationToken: ct),
        MetrcReconcilers.CreatePlantings);

    /// <summary><c>Packages.Create</c>; reconciled by the new package's tag.</summary>
    public static OutboxOperation<CreatePackageRequest> CreatePackages { get; } = new(
        "Packages.Create",
        MetrcJsonContext.Default.CreatePackageRequest,
        static (client, license, rows, ct) => client.Packages.CreateAsync(license, rows, cancellationToken: ct),
        MetrcReconcilers.CreatePackage);

    /// <summary><c>Packages.Finish</c> (PUT: safe to resend).</summary>
    public static OutboxOperation<FinishPackageRequest> FinishPackages { get; } = new(
        "Packages.Finish",
        MetrcJsonContext.Default.FinishPackageRequest,
        static (client, license, rows, ct) => client.Packages.FinishAsync(license, rows, cancellationToken: ct),
        isIdempotentMethod: true);

    /// <summary><c>Packages.Unfinish</c> (PUT: safe to resend).</summary>
    public static OutboxOperation<UnfinishPackageRequest> UnfinishPackages { get; } = new(
        "Packages.Unfinish",
        MetrcJsonContext.Default.UnfinishPackageRequest,
        static (client, license, rows, ct) => client.Packages.UnfinishAsync(license, rows, cancellationToken: ct),
        isIdempotentMethod: true);

    /// <summary><c>Packages.Adjust</c>: no natural key, so a lost answer becomes "outcome unknown", never a resend.</summary>
    public static OutboxOperation<AdjustPackageRequest> AdjustPackages { get; } = new(
        "Packages.Adjust",
        MetrcJsonContext.Default.AdjustPackageRequest,
        static (client, license, rows, ct) => client.Packages.AdjustAsync(license, rows, cancellationToken: ct));

    /// <summary><c>PlantBatches.ChangeGrowthPhase</c>; reconciled by the first new plant's tag.</summary>
    public static OutboxOperation<ChangePlantBatchGrowthPhaseRequest> ChangePlantBatchGrowthPhase { get; } = new(
        "PlantBatches.ChangeGrowthPhase",
        MetrcJsonContext.Default.ChangePlantBatchGrowthPhaseRequest,
        static (client, license, rows, ct) => client.PlantBatches.ChangeGrowthPhaseAsync(license, rows, cancellationToken: ct),
        MetrcReconcilers.ByPlantLabel<ChangePlantBatchGrowthPhaseRequest>(static row => row.StartingTag));

    /// <summary><c>Plants.ChangeGrowthPhase</c> (PUT: safe to resend).</summary>
    public static OutboxOperation<ChangePlantGrowthPhaseRequest> ChangePlantGrowthPhase { get; } = new(
        "Plants.ChangeGrowthPhase",
        MetrcJsonContext.Default.ChangePlantGrowthPhaseRequest,
        static (client, license, rows, ct) => client.Plants.ChangeGrowthPhaseAsync(license, rows, cancellationToken: ct),
        isIdempotentMethod: true);

    /// <summary><c>Plants.Harvest</c> (PUT: safe to resend).</summary>
    public static OutboxOperation<HarvestPlantRequest> HarvestPlants { get; } = new(
        "Plants.Harvest",
        MetrcJsonContext.Default.HarvestPlantRequest,
        static (client, license, rows, ct) => client.Plants.HarvestAsync(license, rows, cancellationToken: ct),
        isIdempotentMethod: true);

    /// <summary><c>Plants.Manicure</c> (PUT: safe to resend).</summary>
    public static OutboxOperation<HarvestPlantRequest> ManicurePlants { get; } = new(
        "Plants.Manicure",
        MetrcJsonContext.Default.HarvestPlantRequest,
        static (client, license, rows, ct) => client.Plants.ManicureAsync(license, rows, cancellationToken: ct),
        isIdempotentMethod: true);

    /// <summary><c>Plants.Destroy</c> (DELETE: safe to resend).</summary>
    public static OutboxOperation<DestroyPlantRequest> DestroyPlants { get; } = new(
        "Plants.Destroy",
        MetrcJsonContext.Default.DestroyPlantRequest,
        static (client, license, rows, ct) => client.Plants.DestroyAsync(license, rows, cancellationToken: ct),
        isIdempotentMethod: true);

    /// <summary><c>Harvests.CreatePackages</c>; reconciled by the new package's tag.</summary>
    public static OutboxOperation<CreateHarvestPackageRequest> CreateHarvestPackages { get; } = new(
        "Harvests.CreatePackages",
        MetrcJsonContext.Default.CreateHarvestPackageRequest,
        static (client, license, rows, ct) => client.Harvests.CreatePackagesAsync(license, rows, cancellationToken: ct),
        MetrcReconcilers.ByPackageLabel<CreateHarvestPackageRequest>(static row => row.Tag));

    /// <summary>
    /// <c>Sales.CreateReceipts</c>; reconciled by external receipt number, so every enqueued receipt needs
    /// <see cref="CreateSalesReceiptRequest.ExternalReceiptNumber"/> (enqueueing one without fails with <see cref="ArgumentException"/>).
    /// </summary>
    public static OutboxOperation<CreateSalesReceiptRequest> CreateSalesReceipts { get; } = new(
        "Sales.CreateReceipts",
        MetrcJsonContext.Default.CreateSalesReceiptRequest,
        static (client, license, rows, ct) => client.Sales.CreateReceiptsAsync(license, rows, cancellationToken: ct),
        MetrcReconcilers.CreateSalesReceipt);

    /// <summary><c>Transfers.CreateOutgoing</c>: no natural key, so a lost answer becomes "outcome unknown", never a resend.</summary>
    public static OutboxOperation<CreateOutgoingTransferRequest> CreateOutgoingTransfers { get; } = new(
        "Transfers.CreateOutgoing",
        MetrcJsonContext.Default.CreateOutgoingTransferRequest,
        static (client, license, rows, ct) => client.Transfers.CreateOutgoingAsync(license, rows, cancellationToken: ct));

    /// <summary>Every built-in operation: one per write of the SDK.</summary>
    public static IReadOnlyList<OutboxOperation> All { get; } =
    [
        CreatePlantings, CreatePackages, FinishPackages, UnfinishPackages, AdjustPackages, ChangePlantBatchGrowthPhase,
        ChangePlantGrowthPhase, HarvestPlants, ManicurePlants, DestroyPlants, CreateHarvestPackages, CreateSalesReceipts,
        CreateOutgoingTransfers,
    ];
}
