using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Metrc.Sdk.Docs.Tests;

/// <summary>
/// Every <c>```csharp</c> block of README.md, docs/*.md and the packages' README.md files is compiled against the SDK's
/// assemblies, so a renamed or removed API fails this test instead of misleading a reader.
/// </summary>
/// <remarks>
/// Convention (also in this project's README.md): the blocks of one page are compiled in order as C# script submissions,
/// like a notebook, so a block may use what an earlier block of the page declared; every block may use the names of
/// <see cref="SnippetGlobals"/> (<c>services</c>, <c>metrc</c>, <c>license</c>, <c>plantings</c>, ...) and the SDK's
/// namespaces without <c>using</c>. A block that is deliberately not C# uses another fence (<c>```text</c>).
/// </remarks>
public sealed partial class DocSnippetTests
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> s_references = new(LoadReferences);

    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string>();
        string root = RepositoryRoot();
        IEnumerable<string> files = [Path.Combine(root, "README.md"),
            .. Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories),
            .. Directory.GetFiles(Path.Combine(root, "src"), "README.md", SearchOption.AllDirectories)];
        foreach (string file in files.Where(f => Snippets(File.ReadAllText(f)).Any()).Order(StringComparer.Ordinal))
        {
            pages.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        }

        return pages;
    }

    [Fact]
    public void The_pages_with_snippets_are_found()
    {
        IEnumerable<string> pages = ((IEnumerable<object[]>)Pages()).Select(row => (string)row[0]);

        Assert.Contains("README.md", pages);
        Assert.Contains("docs/getting-started.md", pages);
        Assert.Contains("src/Metrc.Sdk.Sqlite/README.md", pages);
    }

    [Fact]
    public void A_snippet_naming_an_api_that_does_not_exist_fails_to_compile()
    {
        string errors = Compile("renamed.md", "```csharp\nLocalDate today = metrc.Clock.GetTodayInUtc(license);\n```\n");

        Assert.Contains("GetTodayInUtc", errors, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_csharp_snippet_of_the_page_compiles(string page)
    {
        string errors = Compile(page, File.ReadAllText(Path.Combine(RepositoryRoot(), page)));

        Assert.True(errors.Length == 0, errors);
    }

    private static string Compile(string page, string markdown)
    {
        var errors = new StringBuilder();
        CSharpCompilation? previous = null;
        var parse = new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: s_namespaces.Value, nullableContextOptions: NullableContextOptions.Enable);
        int index = 0;
        foreach ((int line, string code) in Snippets(markdown))
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(UsingDeclaration().Replace(code, string.Empty), parse, path: $"{page}:{line}");
            CSharpCompilation compilation = CSharpCompilation.CreateScriptCompilation(
                $"Snippet{index++}", tree, s_references.Value, options, previous, typeof(object), typeof(SnippetGlobals));
            Diagnostic[] found = [.. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)];
            foreach (Diagnostic error in found)
            {
                int at = error.Location.GetLineSpan().StartLinePosition.Line;
                errors.AppendLine($"{page}:{line + 1 + at}: {error.Id} {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
            }

            if (found.Length > 0)
            {
                // Later blocks build on this one; their errors would only repeat it.
                break;
            }

            previous = compilation;
        }

        return errors.ToString();
    }

    /// <summary>The csharp blocks of a page with the line of their opening fence (1-based).</summary>
    private static IEnumerable<(int Line, string Code)> Snippets(string markdown)
    {
        foreach (Match match in CSharpFence().Matches(markdown.ReplaceLineEndings("\n")))
        {
            int line = markdown.AsSpan(0, match.Index).Count('\n') + 1;
            yield return (line, match.Groups["code"].Value);
        }
    }

    [GeneratedRegex(@"^```csharp[ \t]*\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpFence();

    // A script has no enclosing block to dispose in, so a top-level (await) using declaration is compiled as a plain
    // declaration: "await using var x = ..." becomes "var x = ...". Usings inside methods and lambdas are untouched.
    [GeneratedRegex(@"^(await\s+)?using\s+(?=[\w<>?,.\s]+\s+\w+\s*=)", RegexOptions.Multiline)]
    private static partial Regex UsingDeclaration();

    private static readonly Lazy<string[]> s_namespaces = new(() =>
    [
        "System", "System.Collections.Generic", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
        "Microsoft.Extensions.Configuration", "Microsoft.Extensions.Hosting", "Microsoft.AspNetCore.Builder", "NodaTime",
        .. SdkAssemblies().SelectMany(a => a.GetExportedTypes()).Select(t => t.Namespace!).Where(n => n is not null).Distinct().Order(StringComparer.Ordinal),
    ]);

    private static IEnumerable<Assembly> SdkAssemblies() =>
        Directory.GetFiles(AppContext.BaseDirectory, "Metrc.Sdk*.dll")
            .Where(f => !Path.GetFileName(f).StartsWith("Metrc.Sdk.Docs.Tests", StringComparison.Ordinal))
            .Select(f => Assembly.LoadFrom(f));

    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        // The runtime's own assemblies (with ASP.NET Core, which the emulator uses), then the packages next to the tests.
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string path in ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator))
        {
            byName.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }

        foreach (string path in Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
        {
            byName.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }

        return [.. byName.Values.Select(p => MetadataReference.CreateFromFile(p))];
    }

    internal static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Metrc.Sdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Metrc.Sdk.sln not found above " + AppContext.BaseDirectory);
    }
}
