using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Tests.ModelShapes;

/// <summary>
/// Each file in <c>Models/Examples</c> is a documented Metrc example shape (Metrc's field names, our own values) named
/// <c>&lt;Group&gt;.&lt;Operation&gt;.&lt;Response|Request&gt;.json</c>. Reading it with the SDK's serializer and writing it back
/// must give the same JSON, so a field the model lacks, misspells or types wrongly fails here.
/// </summary>
public sealed partial class ModelExampleTests
{
    private static readonly string ExamplesDirectory = Path.Combine(AppContext.BaseDirectory, "Models", "Examples");

    public static TheoryData<string> ExampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.EnumerateFiles(ExamplesDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Example_reads_and_writes_back_unchanged(string fileName)
    {
        JsonTypeInfo typeInfo = TypeInfoFor(fileName);
        string json = File.ReadAllText(Path.Combine(ExamplesDirectory, fileName));

        object? model = JsonSerializer.Deserialize(json, typeInfo);
        string written = JsonSerializer.Serialize(model, typeInfo);

        var differences = new List<string>();
        Compare(JsonNode.Parse(json), JsonNode.Parse(written), "$", differences);
        Assert.True(differences.Count == 0, $"{fileName} ({typeInfo.Type.Name}) does not round-trip:\n" + string.Join('\n', differences));
    }

    [Fact]
    public void Every_request_and_response_type_in_the_catalogue_has_an_example()
    {
        HashSet<string> files = [.. Directory.EnumerateFiles(ExamplesDirectory, "*.json").Select(f => Path.GetFileName(f))];
        var covered = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (CatalogueEntry entry in Catalogue())
        {
            covered.TryAdd(entry.TypeName, false);
            if (files.Contains(entry.FileName))
            {
                covered[entry.TypeName] = true;
            }
        }

        string[] missing = [.. covered.Where(c => !c.Value).Select(c => c.Key).Order(StringComparer.Ordinal)];
        Assert.True(covered.Count > 100, "the catalogue names far more types than were found");
        Assert.True(missing.Length == 0, "Types without an example file: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_example_file_names_an_operation_of_the_catalogue()
    {
        HashSet<string> expected = [.. Catalogue().Select(e => e.FileName)];

        string[] stray = [.. Directory.EnumerateFiles(ExamplesDirectory, "*.json").Select(f => Path.GetFileName(f)).Where(f => !expected.Contains(f))];

        Assert.Empty(stray);
    }

    [Fact]
    public void The_comparison_catches_a_property_the_model_does_not_have()
    {
        var differences = new List<string>();

        Compare(JsonNode.Parse("""{"Name":"x","Extra":1}"""), JsonNode.Parse("""{"Name":"x"}"""), "$", differences);

        Assert.Equal(["$.Extra: expected 1, got nothing"], differences);
    }

    [Fact]
    public void The_comparison_treats_null_and_missing_alike_and_compares_numbers_and_timestamps_by_value()
    {
        var differences = new List<string>();

        Compare(
            JsonNode.Parse("""{"A":null,"B":1.50,"C":"2026-03-01T08:00:00.000-07:00","D":"2026-03-01"}"""),
            JsonNode.Parse("""{"B":1.5,"C":"2026-03-01T08:00:00-07:00","D":"2026-03-01"}"""),
            "$",
            differences);

        Assert.Empty(differences);
    }

    [Fact]
    public void The_comparison_sees_a_changed_offset()
    {
        var differences = new List<string>();

        Compare(JsonNode.Parse("\"2026-03-01T08:00:00-07:00\""), JsonNode.Parse("\"2026-03-01T15:00:00Z\""), "$", differences);

        Assert.Single(differences);
    }

    private static JsonTypeInfo TypeInfoFor(string fileName)
    {
        CatalogueEntry entry = Catalogue().FirstOrDefault(e => e.FileName == fileName)
            ?? throw new InvalidOperationException($"{fileName} names no operation of the catalogue.");
        string typeName = entry.TypeName.TrimEnd('[', ']');
        Type type = typeName == "string"
            ? typeof(string)
            : typeof(MetrcJsonContext).Assembly.GetType("Metrc.Sdk.Models." + typeName, throwOnError: true)!;
        // Write results are read by the SDK's own reader; their stored form (StorageJsonContext) keeps the same shape.
        return MetrcJsonContext.Default.GetTypeInfo(type)
            ?? StorageJsonContext.Default.GetTypeInfo(type)
            ?? throw new InvalidOperationException($"{type.Name} is not registered with MetrcJsonContext.");
    }

    private sealed record CatalogueEntry(string FileName, string TypeName);

    private static List<CatalogueEntry> Catalogue()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Models", "catalogue.json");
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        var entries = new List<CatalogueEntry>();
        foreach (JsonElement operation in document.RootElement.GetProperty("operations").EnumerateArray())
        {
            string prefix = operation.GetProperty("group").GetString() + "." + operation.GetProperty("name").GetString();
            if (operation.TryGetProperty("response", out JsonElement response))
            {
                entries.Add(new CatalogueEntry(prefix + ".Response.json", response.GetString()!));
            }

            if (operation.TryGetProperty("request", out JsonElement request))
            {
                entries.Add(new CatalogueEntry(prefix + ".Request.json", request.GetString()!));
            }
        }

        return entries;
    }

    // Null, missing and (on one side only) an empty array are the same to a reader of the model.
    private static bool IsAbsent(JsonNode? node) => node is null || node is JsonArray { Count: 0 };

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        if (IsAbsent(expected) && IsAbsent(actual))
        {
            return;
        }

        switch (expected)
        {
            case JsonObject expectedObject when actual is JsonObject actualObject:
                foreach (string name in expectedObject.Select(p => p.Key).Union(actualObject.Select(p => p.Key)))
                {
                    JsonNode? e = expectedObject[name];
                    JsonNode? a = actualObject[name];
                    if (!IsAbsent(e) && !actualObject.ContainsKey(name))
                    {
                        differences.Add($"{path}.{name}: expected {e!.ToJsonString()}, got nothing");
                    }
                    else if (!IsAbsent(a) && !expectedObject.ContainsKey(name))
                    {
                        differences.Add($"{path}.{name}: not in the example, written as {a!.ToJsonString()}");
                    }
                    else
                    {
                        Compare(e, a, path + "." + name, differences);
                    }
                }

                return;
            case JsonArray expectedArray when actual is JsonArray actualArray:
                if (expectedArray.Count != actualArray.Count)
                {
                    differences.Add($"{path}: expected {expectedArray.Count} elements, got {actualArray.Count}");
                    return;
                }

                for (int i = 0; i < expectedArray.Count; i++)
                {
                    Compare(expectedArray[i], actualArray[i], $"{path}[{i}]", differences);
                }

                return;
            case JsonValue expectedValue when actual is JsonValue actualValue && ScalarsEqual(expectedValue, actualValue):
                return;
            default:
                differences.Add($"{path}: expected {expected?.ToJsonString() ?? "null"}, got {actual?.ToJsonString() ?? "null"}");
                return;
        }
    }

    private static bool ScalarsEqual(JsonValue expected, JsonValue actual)
    {
        JsonValueKind kind = expected.GetValueKind();
        if (kind != actual.GetValueKind())
        {
            return false;
        }

        if (kind == JsonValueKind.Number)
        {
            return expected.GetValue<decimal>() == actual.GetValue<decimal>();
        }

        if (kind != JsonValueKind.String)
        {
            return expected.ToJsonString() == actual.ToJsonString();
        }

        string e = expected.GetValue<string>();
        string a = actual.GetValue<string>();
        if (e == a)
        {
            return true;
        }

        // Timestamps and dates compare by value: the same instant with the same offset, or the same calendar day.
        return DateLike().IsMatch(e) && DateLike().IsMatch(a)
            && DateTimeOffset.TryParse(e, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset ed)
            && DateTimeOffset.TryParse(a, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset ad)
            && ed == ad && ed.Offset == ad.Offset;
    }

    [GeneratedRegex(@"^-?\d{4}-\d\d-\d\d")]
    private static partial Regex DateLike();
}
