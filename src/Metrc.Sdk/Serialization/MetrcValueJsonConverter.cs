using System.Text.Json;
using System.Text.Json.Serialization;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Serialization;

/// <summary>Reads and writes a string-backed value type; any string is accepted, so a value Metrc adds never breaks a read.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class MetrcValueJsonConverter<T> : JsonConverter<T>
    where T : struct, IMetrcValue<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? T.From(reader.GetString()!)
            : throw new JsonException($"Expected a {typeof(T).Name} string but found {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
