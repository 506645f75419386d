using Metrc.Sdk.Models;

namespace Metrc.Sdk.Idempotency;

/// <summary>Reconcilers for the SDK's writes that carry a natural key.</summary>
public static class MetrcReconcilers
{
    /// <summary>New packages (<c>Packages.Create</c>): key = the new tag; exists when the package can be read by label.</summary>
    public static IMetrcWriteReconciler<CreatePackageRequest> CreatePackage { get; } =
        new PackageLabelReconciler<CreatePackageRequest>(static row => row.Tag);

    /// <summary>New plant batches (<c>PlantBatches.CreatePlantings</c>): key = the batch name; exists when an active batch has it.</summary>
    public static IMetrcWriteReconciler<CreatePlantingsRequest> CreatePlantings { get; } = new PlantBatchNameReconciler();

    /// <summary>
    /// Sales receipts (<c>Sales.CreateReceipts</c>): key = <see cref="CreateSalesReceiptRequest.ExternalReceiptNumber"/>; exists
    /// when a receipt can be read by that number. Every row needs an external receipt number.
    /// </summary>
    public static IMetrcWriteReconciler<CreateSalesReceiptRequest> CreateSalesReceipt { get; } = new SalesReceiptReconciler();

    /// <summary>A reconciler for any write that creates a package with the tag <paramref name="getTag"/> selects.</summary>
    public static IMetrcWriteReconciler<TRow> ByPackageLabel<TRow>(Func<TRow, string> getTag) => new PackageLabelReconciler<TRow>(getTag);

    /// <summary>A reconciler for any write that creates or touches the plant whose tag <paramref name="getLabel"/> selects.</summary>
    public static IMetrcWriteReconciler<TRow> ByPlantLabel<TRow>(Func<TRow, string> getLabel) => new PlantLabelReconciler<TRow>(getLabel);

    private sealed class PackageLabelReconciler<TRow>(Func<TRow, string> getTag) : IMetrcWriteReconciler<TRow>
    {
        public string GetNaturalKey(TRow row) => getTag(row);

        public Task<IReadOnlyDictionary<string, long?>> FindExistingAsync(IMetrcClient client, MetrcReconcileRequest request, CancellationToken cancellationToken = default) =>
            FindEachAsync(request, async (key, ct) => (await client.Packages.GetByLabelAsync(request.LicenseNumber, key, cancellationToken: ct).ConfigureAwait(false)).Id, cancellationToken);
    }

    private sealed class PlantLabelReconciler<TRow>(Func<TRow, string> getLabel) : IMetrcWriteReconciler<TRow>
    {
        public string GetNaturalKey(TRow row) => getLabel(row);

        public Task<IReadOnlyDictionary<string, long?>> FindExistingAsync(IMetrcClient client, MetrcReconcileRequest request, CancellationToken cancellationToken = default) =>
            FindEachAsync(request, async (key, ct) => (await client.Plants.GetByLabelAsync(request.LicenseNumber, key, cancellationToken: ct).ConfigureAwait(false)).Id, cancellationToken);
    }

    private sealed class SalesReceiptReconciler : IMetrcWriteReconciler<CreateSalesReceiptRequest>
    {
        public string GetNaturalKey(CreateSalesReceiptRequest row)
        {
            ArgumentNullException.ThrowIfNull(row);
            return string.IsNullOrWhiteSpace(row.ExternalReceiptNumber)
                ? throw new ArgumentException("A sales receipt is reconciled by its ExternalReceiptNumber, and this row has none.", nameof(row))
                : row.ExternalReceiptNumber;
        }

        public Task<IReadOnlyDictionary<string, long?>> FindExistingAsync(IMetrcClient client, MetrcReconcileRequest request, CancellationToken cancellationToken = default) =>
            FindEachAsync(request, async (key, ct) => (await client.Sales.GetReceiptByExternalNumberAsync(request.LicenseNumber, key, cancellationToken: ct).ConfigureAwait(false)).Id, cancellationToken);
    }

    private sealed class PlantBatchNameReconciler : IMetrcWriteReconciler<CreatePlantingsRequest>
    {
        private static readonly TimeSpan ClockSkewMargin = TimeSpan.FromHours(1);

        public string GetNaturalKey(CreatePlantingsRequest row) => row.Name;

        public async Task<IReadOnlyDictionary<string, long?>> FindExistingAsync(IMetrcClient client, MetrcReconcileRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            var wanted = new HashSet<string>(request.NaturalKeys, StringComparer.Ordinal);
            var found = new Dictionary<string, long?>(StringComparer.Ordinal);

            // Metrc cannot read a batch by name, so the active list is scanned: when the first attempt's time is known,
            // only the part modified since then, widened by an hour on both sides so clock skew between this machine
            // and Metrc cannot hide a batch.
            MetrcListFilter? filter = request.FirstAttemptAt is { } first
                ? new MetrcListFilter
                {
                    LastModifiedStart = NodaTime.OffsetDateTime.FromDateTimeOffset(first - ClockSkewMargin),
                    LastModifiedEnd = NodaTime.OffsetDateTime.FromDateTimeOffset(Max(first, request.CheckedAt ?? first) + ClockSkewMargin),
                }
                : null;
            await foreach (PlantBatch batch in client.PlantBatches.ListActiveAsync(request.LicenseNumber, filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (wanted.Contains(batch.Name))
                {
                    found[batch.Name] = batch.Id;
                }
            }

            return found;
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>Reads each key; a 404 means absent. Any other failure propagates: reconciliation must not guess.</summary>
    private static async Task<IReadOnlyDictionary<string, long?>> FindEachAsync(
        MetrcReconcileRequest request, Func<string, CancellationToken, Task<long>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = new Dictionary<string, long?>(StringComparer.Ordinal);
        foreach (string key in request.NaturalKeys)
        {
            try
            {
                found[key] = await read(key, cancellationToken).ConfigureAwait(false);
            }
            catch (MetrcNotFoundException)
            {
            }
        }

        return found;
    }
}
