using System.Text.Json;
using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>
/// The printed header wordings the mapper recognizes, loaded from the embedded
/// <c>ColumnSynonyms.json</c> so that new template wording is a data change, not a code change.
/// </summary>
public sealed class ColumnSynonyms
{
    private readonly Dictionary<TableKind, List<(string Field, string Text)>> _columns = [];
    private readonly HashSet<string> _headerTerms = new(StringComparer.Ordinal);

    private ColumnSynonyms(JsonElement root)
    {
        foreach (var kind in root.GetProperty("columns").EnumerateObject())
        {
            var list = new List<(string, string)>();
            foreach (var field in kind.Value.EnumerateObject())
            {
                foreach (var text in field.Value.EnumerateArray())
                {
                    var key = Key(text.GetString());
                    list.Add((field.Name, key));
                    _headerTerms.Add(key);
                }
            }

            _columns[TableKinds.Parse(kind.Name)] = list;
        }

        foreach (var term in root.GetProperty("headerTerms").EnumerateArray())
        {
            _headerTerms.Add(Key(term.GetString()));
        }

        var summary = root.GetProperty("summary");
        SummaryAmount = Texts(summary.GetProperty("amount"));
        SummaryPanels = [.. summary.GetProperty("panels").EnumerateObject().Select(p => (p.Name, Texts(p.Value)))];
        SummaryTotalRows = Texts(summary.GetProperty("totalRows"));
        SummaryBalanceRows = Texts(summary.GetProperty("balanceRows"));
        Performance = root.GetProperty("performance").EnumerateObject().ToDictionary(p => p.Name, p => (IReadOnlyList<string>)Texts(p.Value), StringComparer.Ordinal);
    }

    /// <summary>The synonyms shipped with the library.</summary>
    public static ColumnSynonyms Default { get; } = Load();

    /// <summary>Header texts of the amount column of a summary panel (预算数, …).</summary>
    public IReadOnlyList<string> SummaryAmount { get; }

    /// <summary>Panel names with the header fragments that identify them, most specific panel first.</summary>
    public IReadOnlyList<(string Panel, IReadOnlyList<string> Fragments)> SummaryPanels { get; }

    /// <summary>Fragments of total lines (本年收入合计, 支出总计): after one, the panel's body has ended.</summary>
    public IReadOnlyList<string> SummaryTotalRows { get; }

    /// <summary>Fragments of balance lines (上年结转, 结转下年, …), which sit outside the hierarchy.</summary>
    public IReadOnlyList<string> SummaryBalanceRows { get; }

    /// <summary>Labels of a performance table's header block, by role (project, fundsTotal, level1, …).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Performance { get; }

    /// <summary>The comparison key of a header text: whitespace, full-width forms, colons and 其中 removed.</summary>
    public static string Key(string? text)
    {
        var folded = AmountParser.FoldWidth(LabelText.Compact(text)).TrimEnd(':');
        if (folded.StartsWith("其中", StringComparison.Ordinal) && folded.Length > 2)
        {
            folded = folded[2..].TrimStart(':');
        }

        return folded.Replace("(万元)", "", StringComparison.Ordinal).Replace("(元)", "", StringComparison.Ordinal);
    }

    /// <summary>The canonical field a header text denotes in tables of a kind, or null.</summary>
    public string? FieldFor(TableKind kind, string headerText)
    {
        if (!_columns.TryGetValue(kind, out var list))
        {
            return null;
        }

        var key = Key(headerText);
        foreach (var (field, text) in list)
        {
            if (text == key)
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>True for any wording that appears in some table header (used to find where headers end).</summary>
    public bool IsHeaderTerm(string text) => _headerTerms.Contains(Key(text));

    /// <summary>True when the text equals one of the keys (compared as header keys).</summary>
    public static bool Matches(string? text, IEnumerable<string> keys)
    {
        var key = Key(text);
        return key.Length > 0 && keys.Contains(key, StringComparer.Ordinal);
    }

    /// <summary>True when the text contains one of the fragments (compared as header keys).</summary>
    public static bool Contains(string? text, IEnumerable<string> fragments)
    {
        var key = Key(text);
        return key.Length > 0 && fragments.Any(f => key.Contains(f, StringComparison.Ordinal));
    }

    private static List<string> Texts(JsonElement array) => [.. array.EnumerateArray().Select(e => Key(e.GetString()))];

    private static ColumnSynonyms Load()
    {
        var assembly = typeof(ColumnSynonyms).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("ColumnSynonyms.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var doc = JsonDocument.Parse(stream);
        return new ColumnSynonyms(doc.RootElement.Clone());
    }
}
