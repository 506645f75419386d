using System.Text.Json;
using System.Text.Json.Serialization;

namespace Metrc.Sdk.Generator;

/// <summary>One operation of the catalogue (src/Metrc.Sdk/Api/catalogue.json), as written there.</summary>
internal sealed record CatalogueOperation
{
    public required string Group { get; init; }

    public required string Name { get; init; }

    public required string Http { get; init; }

    public required string Route { get; init; }

    /// <summary>paged, list, get, file, write, send, delete or action.</summary>
    public required string Shape { get; init; }

    /// <summary><c>none</c> when the call names no facility.</summary>
    public string? Scope { get; init; }

    /// <summary><c>lastModified</c> when the list takes a last-modified range.</summary>
    public string? Filter { get; init; }

    public IReadOnlyList<CatalogueQueryParameter> Query { get; init; } = [];

    public IReadOnlyDictionary<string, string> PathNames { get; init; } = new Dictionary<string, string>();

    public string? Request { get; init; }

    public string? Response { get; init; }

    /// <summary>A C# expression for the operation's validation rules (a typed link: a typo fails the build).</summary>
    public string? Rules { get; init; }

    /// <summary>A C# expression for the reconciler that reads a lost write back by its natural key.</summary>
    public string? Reconciler { get; init; }

    /// <summary>The row property every row must carry for <see cref="Reconciler"/> to apply.</summary>
    public string? NaturalKey { get; init; }

    /// <summary>A static method that checks an answer the HTTP status calls a success.</summary>
    public string? AnswerCheck { get; init; }

    /// <summary><c>webhooks</c> for Metrc's webhook host.</summary>
    public string? Host { get; init; }

    public CatalogueStates? States { get; init; }

    public required string Summary { get; init; }

    public bool FacilityScoped => Scope != "none";

    public bool IsWrite => Shape is "write" or "send" or "delete" or "action";

    public string FullName => Group + "." + Name;
}

/// <summary>The catalogue file: a description per group and the operations.</summary>
internal sealed record CatalogueFile
{
    public required IReadOnlyDictionary<string, string> Groups { get; init; }

    public required IReadOnlyList<CatalogueOperation> Operations { get; init; }
}

internal sealed record CatalogueQueryParameter
{
    public required string Name { get; init; }

    public required string Type { get; init; }

    public bool Required { get; init; }
}

internal sealed record CatalogueStates
{
    public IReadOnlyList<string>? Only { get; init; }

    public IReadOnlyList<string>? Except { get; init; }
}

internal static class Catalogue
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static CatalogueFile Load(string path)
    {
        using FileStream stream = File.OpenRead(path);
        CatalogueFile file = JsonSerializer.Deserialize<CatalogueFile>(stream, s_options)
            ?? throw new InvalidDataException($"{path} holds no operations.");
        Check(file);
        return file;
    }

    private static void Check(CatalogueFile file)
    {
        IReadOnlyList<CatalogueOperation> operations = file.Operations;
        string[] shapes = ["paged", "list", "get", "file", "write", "send", "delete", "action"];
        var names = new HashSet<string>(StringComparer.Ordinal);
        var routes = new HashSet<string>(StringComparer.Ordinal);
        foreach (CatalogueOperation op in operations)
        {
            if (!file.Groups.ContainsKey(op.Group))
            {
                throw new InvalidDataException($"{op.FullName}: group {op.Group} has no description in \"groups\".");
            }

            if (!names.Add(op.FullName))
            {
                throw new InvalidDataException($"Operation {op.FullName} is declared twice.");
            }

            if (!routes.Add(op.Http + " " + op.Route))
            {
                throw new InvalidDataException($"{op.Http} {op.Route} is declared twice.");
            }

            if (Array.IndexOf(shapes, op.Shape) < 0)
            {
                throw new InvalidDataException($"{op.FullName}: unknown shape '{op.Shape}'.");
            }

            if (op.Shape is "paged" or "list" or "get" && op.Response is null)
            {
                throw new InvalidDataException($"{op.FullName}: a {op.Shape} needs a response type.");
            }

            if (op.Shape is "write" or "send" && op.Request is null)
            {
                throw new InvalidDataException($"{op.FullName}: a {op.Shape} needs a request type.");
            }

            if ((op.Rules is not null || op.Reconciler is not null) && op.Shape != "write")
            {
                throw new InvalidDataException($"{op.FullName}: rules and reconcilers belong to row writes.");
            }
        }
    }
}
