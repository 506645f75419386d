using NodaTime;

namespace Metrc.Sdk.Sync;

/// <summary>
/// Identifies one version of a record: its Metrc id and its <c>LastModified</c> instant. Two deliveries with the same
/// key are the same version and are delivered once; a record changed again has a new key and is delivered again.
/// </summary>
/// <param name="Id">The record's Metrc id.</param>
/// <param name="LastModified">When Metrc last changed it; <see langword="null"/> for models that do not carry it.</param>
public readonly record struct SyncRecordKey(long Id, Instant? LastModified)
{
    /// <summary>The key of a record without a Metrc id (facility, unit of measure, item category): never deduplicated.</summary>
    public static SyncRecordKey None => default;

    /// <summary>Whether the record has a Metrc id (and so can be deduplicated).</summary>
    public bool HasId => Id != 0;

    /// <summary>A key from a model's <c>LastModified</c> timestamp.</summary>
    public static SyncRecordKey Of(long id, OffsetDateTime? lastModified) => new(id, lastModified?.ToInstant());
}
