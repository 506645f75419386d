using System.Text.Json.Serialization;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Serialization;

/// <summary>Source-generated JSON for what the SDK persists itself (ledger results, outbox errors).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MetrcWriteResult))]
[JsonSerializable(typeof(List<MetrcRowError>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
