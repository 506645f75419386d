using Metrc.Sdk.Models;

namespace Metrc.Sdk.Sync;

/// <summary>The <see cref="SyncRecordKey"/> of each model, shared by the section table and the webhook table.</summary>
internal static class ModelKeys
{
    public static SyncRecordKey Item(Item r) => new(r.Id, null);

    public static SyncRecordKey Location(Location r) => new(r.Id, null);

    public static SyncRecordKey Strain(Strain r) => new(r.Id, null);

    public static SyncRecordKey PlantBatch(PlantBatch r) => SyncRecordKey.Of(r.Id, r.LastModified);

    public static SyncRecordKey Plant(Plant r) => SyncRecordKey.Of(r.Id, r.LastModified);

    public static SyncRecordKey Harvest(Harvest r) => SyncRecordKey.Of(r.Id, r.LastModified);

    public static SyncRecordKey Package(Package r) => SyncRecordKey.Of(r.Id, r.LastModified);

    public static SyncRecordKey Transfer(Transfer r) => SyncRecordKey.Of(r.Id, r.LastModified);

    public static SyncRecordKey SalesReceipt(SalesReceipt r) => SyncRecordKey.Of(r.Id, r.LastModified);

    /// <summary>Models without an id (facilities, units, categories): <see cref="SyncRecordKey.None"/>, never deduplicated.</summary>
    public static SyncRecordKey None<T>(T record) => SyncRecordKey.None;
}
