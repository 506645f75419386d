namespace Metrc.Sdk.Sync;

/// <summary>
/// Records delivered together: one page of a pull (only versions not delivered before) or one webhook callback.
/// Match on <see cref="SyncBatch{T}"/> to read the typed records.
/// </summary>
public abstract class SyncBatch
{
    private protected SyncBatch(string? licenseNumber, string section, SyncSource source, LastModifiedWindow? window, IReadOnlyList<SyncRecordKey> keys)
    {
        LicenseNumber = licenseNumber;
        Section = section;
        Source = source;
        Window = window;
        Keys = keys;
    }

    /// <summary>The facility the records belong to; <see langword="null"/> for a webhook whose endpoint names none.</summary>
    public string? LicenseNumber { get; }

    /// <summary>The section name (pulls) or the webhook object type (callbacks).</summary>
    public string Section { get; }

    /// <summary>How the records arrived.</summary>
    public SyncSource Source { get; }

    /// <summary>The <c>lastModified</c> window pulled; <see langword="null"/> for a full list or a callback.</summary>
    public LastModifiedWindow? Window { get; }

    /// <summary>The id and version of each record, in the order of the records.</summary>
    public IReadOnlyList<SyncRecordKey> Keys { get; }

    /// <summary>The record type (a model such as <c>Package</c>, or <c>JsonElement</c> for unmapped webhook types).</summary>
    public abstract Type RecordType { get; }

    /// <summary>How many records the batch holds.</summary>
    public int Count => Keys.Count;

    /// <summary>A batch of the same origin holding only the records at <paramref name="indexes"/>.</summary>
    internal abstract SyncBatch Select(List<int> indexes);
}

/// <summary>A batch of typed records.</summary>
/// <typeparam name="T">The model type.</typeparam>
public sealed class SyncBatch<T> : SyncBatch
{
    /// <summary>Creates a batch; <paramref name="items"/> and <paramref name="keys"/> must have the same length.</summary>
    public SyncBatch(string? licenseNumber, string section, SyncSource source, LastModifiedWindow? window, IReadOnlyList<T> items, IReadOnlyList<SyncRecordKey> keys)
        : base(licenseNumber, section, source, window, keys)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(keys);
        if (items.Count != keys.Count)
        {
            throw new ArgumentException($"{items.Count} items but {keys.Count} keys.", nameof(keys));
        }

        Items = items;
    }

    /// <summary>The records.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <inheritdoc />
    public override Type RecordType => typeof(T);

    internal override SyncBatch Select(List<int> indexes)
    {
        var items = new T[indexes.Count];
        var keys = new SyncRecordKey[indexes.Count];
        for (int i = 0; i < indexes.Count; i++)
        {
            items[i] = Items[indexes[i]];
            keys[i] = Keys[indexes[i]];
        }

        return new SyncBatch<T>(LicenseNumber, Section, Source, Window, items, keys);
    }
}
