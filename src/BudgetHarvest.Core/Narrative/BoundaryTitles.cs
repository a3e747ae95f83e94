using System.Text.Json;
using System.Text.RegularExpressions;

namespace BudgetHarvest.Core.Narrative;

/// <summary>
/// The titles that bound the narrative in every template family, read from
/// <c>HeadingSystems.json</c>: the 目录 heading, which part holds the tables (<c>第四部分 公开报表</c>,
/// <c>二、表格部分</c>, <c>第二部分 2026年部门预算表</c>) (any other part heading brings the narrative
/// back: <c>第三部分 2026年部门预算情况说明</c>), and the forms printed inside the narrative that are
/// tables, not text (<c>警务辅助人员经费项目绩效目标表</c>). New wordings are data; the code knows no
/// family by name.
/// </summary>
public static class BoundaryTitles
{
    private static readonly Lazy<Vocabulary> Loaded = new(Load);

    /// <summary>Whether a part title (enumerator and all) names the part that holds the tables.</summary>
    public static bool IsTables(string title) => Matches(Loaded.Value.Tables, title);

    /// <summary>Whether a line is the title of a form that is a table even inside the narrative (a per-project 绩效目标表).</summary>
    public static bool IsFormTitle(string line) => Matches(Loaded.Value.Forms, line);

    /// <summary>Whether a line is the heading of a 目录.</summary>
    public static bool IsContents(string line) => Matches(Loaded.Value.Contents, line);

    private static bool Matches(IReadOnlyList<Regex> patterns, string text)
    {
        var title = HeadingText.Title(text);
        return title.Length > 0 && patterns.Any(p => p.IsMatch(title));
    }

    private static Vocabulary Load()
    {
        var assembly = typeof(BoundaryTitles).Assembly;
        using var stream = assembly.GetManifestResourceStream("BudgetHarvest.Core.Narrative.HeadingSystems.json")
            ?? throw new InvalidOperationException("HeadingSystems.json is not embedded in BudgetHarvest.Core.");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        return new Vocabulary(
            [.. root.GetProperty("contents").EnumerateArray().Select(e => Compile(e.GetString()!))],
            Patterns(root.GetProperty("tables")),
            Patterns(root.GetProperty("forms")));
    }

    private static List<Regex> Patterns(JsonElement list) =>
        [.. list.EnumerateArray().Select(e => Compile(e.GetProperty("pattern").GetString()!))];

    private static Regex Compile(string pattern) => new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private sealed record Vocabulary(IReadOnlyList<Regex> Contents, IReadOnlyList<Regex> Tables, IReadOnlyList<Regex> Forms);
}
