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

    /// <summary>A reconciler for any write that creates a package with the tag <paramref name="getTag"/> selects.</summary>
    public static IMetrcWriteReconciler<TRow> ByPackageLabel<TRow>(Func<TRow, string> getTag) => new PackageLabelReconciler<TRow>(getTag);

    /// <summary>A reconciler for any write that creates or touches the plant whose tag <paramref name="getLabel"/> selects.</summary>
    public static IMetrcWriteReconciler<TRow> ByPlantLabel<TRow>(Func<TRow, string> getLabel) => new PlantLabelReconciler<TRow>(getLabel);

    private sealed class PackageLabelReconciler<TRow>(Func<TRow, string> getTag) : IMetrcWriteReconciler<TRow>
    {
        public string GetNaturalKey(TRow row) => getTag(row);

        public Task<IReadOnlyDictionary<string, long?>> FindExistingAsync(IMetrcClient client, string licenseNumber, IReadOnlyList<string> naturalKeys, CancellationToken cancellationToken = default) =>
            FindEachAsync(naturalKeys, async (key, ct) => (await client.Packages.GetByLabelAsync(licenseNumber, key, cancellationToken: ct).ConfigureAwait(false)).Id, cancellationToken);
    }

    private sealed class PlantLabelReconciler<TRow>(Func<TRow, string> getLabel) : IMetrcWriteReconciler<TRow>
    {
        public string GetNaturalKey(TRow row) => getLabel(row);

        public Task<IReadOnlyDictionary<string, long?>> FindExistingAsync(IMetrcClient client, string licenseNumber, IReadOnlyList<string> naturalKeys, CancellationToken cancellationToken = default) =>
            FindEachAsync(naturalKeys, async (key, ct) => (await client.Plants.GetByLabelAsync(licenseNumber, key, cancellationToken: ct).ConfigureAwait(false)).Id, cancellationToken);
    }

    private sealed class PlantBatchNameReconciler : IMetrcWriteReconciler<CreatePlantingsRequest>
    {
        public string GetNaturalKey(CreatePlantingsRequest row) => row.Name;

        public async Task<IReadOnlyDictionary<string, long?>> FindExistingAsync(IMetrcClient client, string licenseNumber, IReadOnlyList<string> naturalKeys, CancellationToken cancellationToken = default)
        {
            var wanted = new HashSet<string>(naturalKeys, StringComparer.Ordinal);
            var found = new Dictionary<string, long?>(StringComparer.Ordinal);
            await foreach (PlantBatch batch in client.PlantBatches.ListActiveAsync(licenseNumber, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (wanted.Contains(batch.Name))
                {
                    found[batch.Name] = batch.Id;
                }
            }

            return found;
        }
    }

    /// <summary>Reads each key; a 404 means absent. Any other failure propagates: reconciliation must not guess.</summary>
    private static async Task<IReadOnlyDictionary<string, long?>> FindEachAsync(
        IReadOnlyList<string> keys, Func<string, CancellationToken, Task<long>> read, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, long?>(StringComparer.Ordinal);
        foreach (string key in keys)
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
