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

    /// <summary>Every built-in operation.</summary>
    public static IReadOnlyList<OutboxOperation> All { get; } = [CreatePlantings, CreatePackages, FinishPackages, UnfinishPackages, AdjustPackages];
}
