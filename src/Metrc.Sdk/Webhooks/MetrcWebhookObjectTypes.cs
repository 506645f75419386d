using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;
using Metrc.Sdk.Sync;

namespace Metrc.Sdk.Webhooks;

/// <summary>
/// The 19 object types a Metrc webhook subscription can name, and the model each callback's <c>data</c> is read into.
/// Types without a model in the SDK yet are delivered as raw JSON (<see cref="SyncBatch{T}"/> of
/// <see cref="JsonElement"/>) so nothing is lost; mapping one later is one entry in this table.
/// </summary>
public static class MetrcWebhookObjectTypes
{
    private static readonly Dictionary<string, Reader> s_readers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Employee"] = Raw.Instance,
        ["Facility"] = new Typed<Facility>(MetrcJsonContext.Default.ListFacility, ModelKeys.None),
        ["Harvest"] = new Typed<Harvest>(MetrcJsonContext.Default.ListHarvest, ModelKeys.Harvest),
        ["Item"] = new Typed<Item>(MetrcJsonContext.Default.ListItem, ModelKeys.Item),
        ["ItemCategory"] = new Typed<ItemCategory>(MetrcJsonContext.Default.ListItemCategory, ModelKeys.None),
        ["LabTestBatch"] = Raw.Instance,
        ["LabTestType"] = Raw.Instance,
        ["Location"] = new Typed<Location>(MetrcJsonContext.Default.ListLocation, ModelKeys.Location),
        ["LocationType"] = Raw.Instance,
        ["Package"] = new Typed<Package>(MetrcJsonContext.Default.ListPackage, ModelKeys.Package),
        ["Plant"] = new Typed<Plant>(MetrcJsonContext.Default.ListPlant, ModelKeys.Plant),
        ["PlantBatch"] = new Typed<PlantBatch>(MetrcJsonContext.Default.ListPlantBatch, ModelKeys.PlantBatch),
        ["ProcessingJob"] = Raw.Instance,
        ["SalesDelivery"] = Raw.Instance,
        ["SalesReceipt"] = new Typed<SalesReceipt>(MetrcJsonContext.Default.ListSalesReceipt, ModelKeys.SalesReceipt),
        ["Strain"] = new Typed<Strain>(MetrcJsonContext.Default.ListStrain, ModelKeys.Strain),
        ["Transfer"] = Raw.Instance,
        ["TransferTemplate"] = Raw.Instance,
        ["UnitOfMeasure"] = new Typed<UnitOfMeasure>(MetrcJsonContext.Default.ListUnitOfMeasure, ModelKeys.None),
    };

    /// <summary>Every object type Metrc's webhooks know, in Metrc's spelling.</summary>
    public static IReadOnlyList<string> All { get; } = [.. s_readers.Keys];

    /// <summary>Whether <paramref name="objectType"/> is one of Metrc's object types (case-insensitive).</summary>
    public static bool IsKnown(string objectType) => objectType is not null && s_readers.ContainsKey(objectType);

    /// <summary>The record type a callback of <paramref name="objectType"/> is delivered as (a model, or <see cref="JsonElement"/>).</summary>
    /// <exception cref="ArgumentException">Not one of Metrc's object types.</exception>
    public static Type GetRecordType(string objectType) => Find(objectType).RecordType;

    /// <summary>
    /// Reads a callback body <c>{"data": [...], "datacount": N}</c> into a batch of <paramref name="objectType"/>'s
    /// records (<see cref="SyncSource.Webhook"/>).
    /// </summary>
    /// <param name="objectType">The subscription's object type.</param>
    /// <param name="utf8Json">The body.</param>
    /// <param name="licenseNumber">The facility the subscription is for, when it names one.</param>
    /// <exception cref="ArgumentException"><paramref name="objectType"/> is not one of Metrc's object types.</exception>
    /// <exception cref="MetrcWebhookPayloadException">The body is not valid JSON of that shape, or <c>datacount</c> disagrees with <c>data</c>.</exception>
    public static SyncBatch Parse(string objectType, ReadOnlySpan<byte> utf8Json, string? licenseNumber = null)
    {
        Reader reader = Find(objectType);
        try
        {
            return ReadEnvelope(reader, objectType, utf8Json, licenseNumber);
        }
        catch (JsonException ex)
        {
            // The JsonException names path and position only (no values): safe to carry.
            throw new MetrcWebhookPayloadException($"The {objectType} callback body is not valid: {ex.Message}", ex);
        }
    }

    private static Reader Find(string objectType) =>
        objectType is not null && s_readers.TryGetValue(objectType, out Reader? reader)
            ? reader
            : throw new ArgumentException($"'{objectType}' is not a Metrc webhook object type. Known types: {string.Join(", ", s_readers.Keys)}.", nameof(objectType));

    private static SyncBatch ReadEnvelope(Reader reader, string objectType, ReadOnlySpan<byte> utf8Json, string? licenseNumber)
    {
        var json = new Utf8JsonReader(utf8Json);
        if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
        {
            throw new MetrcWebhookPayloadException($"The {objectType} callback body must be a JSON object {{\"data\": [...], \"datacount\": N}}.");
        }

        SyncBatch? batch = null;
        int? count = null;
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            bool isData = json.ValueTextEquals("data"u8) || json.ValueTextEquals("Data"u8);
            bool isCount = json.ValueTextEquals("datacount"u8) || json.ValueTextEquals("DataCount"u8);
            json.Read();
            if (isData)
            {
                if (json.TokenType != JsonTokenType.StartArray)
                {
                    throw new MetrcWebhookPayloadException($"The {objectType} callback's \"data\" must be an array.");
                }

                batch = reader.Read(ref json, objectType, licenseNumber);
            }
            else if (isCount)
            {
                if (json.TokenType != JsonTokenType.Number || !json.TryGetInt32(out int n) || n < 0)
                {
                    throw new MetrcWebhookPayloadException($"The {objectType} callback's \"datacount\" must be a non-negative integer.");
                }

                count = n;
            }
            else
            {
                json.Skip();
            }
        }

        if (json.TokenType != JsonTokenType.EndObject || json.Read())
        {
            throw new MetrcWebhookPayloadException($"The {objectType} callback body has content after its object.");
        }

        if (batch is null)
        {
            throw new MetrcWebhookPayloadException($"The {objectType} callback body has no \"data\" array.");
        }

        if (count is { } expected && expected != batch.Count)
        {
            throw new MetrcWebhookPayloadException($"The {objectType} callback says datacount {expected} but carries {batch.Count} records.");
        }

        return batch;
    }

    private abstract class Reader
    {
        public abstract Type RecordType { get; }

        public abstract SyncBatch Read(ref Utf8JsonReader json, string objectType, string? licenseNumber);
    }

    private sealed class Typed<T>(JsonTypeInfo<List<T>> typeInfo, Func<T, SyncRecordKey> key) : Reader
    {
        public override Type RecordType => typeof(T);

        public override SyncBatch Read(ref Utf8JsonReader json, string objectType, string? licenseNumber)
        {
            List<T> items = JsonSerializer.Deserialize(ref json, typeInfo) ?? [];
            var keys = new SyncRecordKey[items.Count];
            for (int i = 0; i < items.Count; i++)
            {
                keys[i] = items[i] is { } item
                    ? key(item)
                    : throw new MetrcWebhookPayloadException($"The {objectType} callback's data[{i}] is null.");
            }

            return new SyncBatch<T>(licenseNumber, objectType, SyncSource.Webhook, null, items, keys);
        }
    }

    private sealed class Raw : Reader
    {
        public static readonly Raw Instance = new();

        public override Type RecordType => typeof(JsonElement);

        public override SyncBatch Read(ref Utf8JsonReader json, string objectType, string? licenseNumber)
        {
            JsonElement array = JsonElement.ParseValue(ref json);
            var items = new List<JsonElement>(array.GetArrayLength());
            var keys = new List<SyncRecordKey>(items.Capacity);
            foreach (JsonElement element in array.EnumerateArray())
            {
                items.Add(element);
                keys.Add(KeyOf(element));
            }

            return new SyncBatch<JsonElement>(licenseNumber, objectType, SyncSource.Webhook, null, items, keys);
        }

        private static SyncRecordKey KeyOf(JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Object
                || !TryGetProperty(element, "Id", out JsonElement id) || id.ValueKind != JsonValueKind.Number || !id.TryGetInt64(out long value))
            {
                return SyncRecordKey.None;
            }

            return TryGetProperty(element, "LastModified", out JsonElement modified) && modified.ValueKind == JsonValueKind.String
                && modified.TryGetDateTimeOffset(out DateTimeOffset at)
                ? new SyncRecordKey(value, NodaTime.Instant.FromDateTimeOffset(at))
                : new SyncRecordKey(value, null);
        }

        private static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }

            value = default;
            return false;
        }
    }
}
