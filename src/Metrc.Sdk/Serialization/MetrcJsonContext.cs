using System.Text.Json.Serialization;
using Metrc.Sdk.Http;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Serialization;

/// <summary>
/// The source-generated serializer for every Metrc model: no reflection at run time. The types it serializes are registered
/// from the operation catalogue in <c>MetrcJsonContext.g.cs</c>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LocalDateJsonConverter), typeof(OffsetDateTimeJsonConverter)])]
internal sealed partial class MetrcJsonContext : JsonSerializerContext;
