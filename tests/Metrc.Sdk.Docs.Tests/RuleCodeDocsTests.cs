using System.Reflection;
using System.Text.RegularExpressions;
using Metrc.Sdk.Lifecycle;

namespace Metrc.Sdk.Docs.Tests;

/// <summary>docs/validation.md lists every rule code of <see cref="MetrcRuleCodes"/>, each with an example and the states it applies to.</summary>
public sealed partial class RuleCodeDocsTests
{
    public static TheoryData<string> Codes()
    {
        var codes = new TheoryData<string>();
        foreach (FieldInfo field in typeof(MetrcRuleCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            codes.Add((string)field.GetRawConstantValue()!);
        }

        return codes;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_rule_code_has_a_row_with_an_example_and_its_states(string code)
    {
        string page = File.ReadAllText(Path.Combine(DocSnippetTests.RepositoryRoot(), "docs", "validation.md"));
        List<string[]> rows = [.. page.Split('\n')
            .Where(line => line.StartsWith($"| `{code}` |", StringComparison.Ordinal))
            .Select(line => line.Trim().Trim('|').Split(" | "))];

        Assert.True(rows.Count > 0, $"docs/validation.md has no table row for the rule code '{code}'.");
        foreach (string[] cells in rows)
        {
            Assert.True(cells.Length >= 6, $"The row of '{code}' has {cells.Length} cells; expected Code | Rule | Example | Field | Message | States.");
            Assert.False(string.IsNullOrWhiteSpace(cells[2]), $"The row of '{code}' has no example.");
            Assert.Matches(StatesCell(), cells[^1]);
        }
    }

    [Fact]
    public void The_codes_are_found()
    {
        Assert.Contains(MetrcRuleCodes.TagFormat, ((IEnumerable<object[]>)Codes()).Select(row => (string)row[0]));
    }

    /// <summary>"all", "where"/"states" + a state table property, or state codes.</summary>
    [GeneratedRegex(@"^(all\b|where\b|states\b|[A-Z]{2}\b|medical\b).*", RegexOptions.CultureInvariant)]
    private static partial Regex StatesCell();
}
