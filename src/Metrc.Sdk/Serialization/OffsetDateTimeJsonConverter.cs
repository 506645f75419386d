using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Metrc.Sdk.Serialization;

/// <summary>Reads and writes Metrc timestamps as <see cref="OffsetDateTime"/>, keeping the offset Metrc sent.</summary>
internal sealed class OffsetDateTimeJsonConverter : JsonConverter<OffsetDateTime>
{
    public override OffsetDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a timestamp string but found {reader.TokenType}.");
        }

        string text = reader.GetString()!;
        return MetrcTimestamp.TryParse(text, out OffsetDateTime? value)
            ? value.Value
            : throw new JsonException($"'{text}' is not an ISO-8601 timestamp.");
    }

    public override void Write(Utf8JsonWriter writer, OffsetDateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(MetrcTimestamp.Format(value));
}
