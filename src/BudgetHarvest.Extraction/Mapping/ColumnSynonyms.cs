using System.Text.Json;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping.Headers;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>
/// The printed header wordings the mapper recognizes, loaded from the embedded
/// <c>ColumnSynonyms.json</c> so that new template wording is a data change, not a code change.
/// </summary>
public sealed class ColumnSynonyms
{
    private readonly Dictionary<TableKind, List<(string Field, string Text)>> _columns = [];
    private readonly HashSet<string> _headerTerms = new(StringComparer.Ordinal);
    private readonly Dictionary<TableKind, List<(string Field, string[] Fragments)>> _fragments = [];
    private readonly Dictionary<TableKind, List<string[]>> _identities = [];

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

        foreach (var kind in root.GetProperty("fragments").EnumerateObject())
        {
            var list = new List<(string, string[])>();
            foreach (var field in kind.Value.EnumerateArray())
            {
                var name = field.GetProperty("field").GetString()!;
                foreach (var all in field.GetProperty("any").EnumerateArray())
                {
                    list.Add((name, [.. all.EnumerateArray().Select(f => Key(f.GetString()))]));
                }
            }

            _fragments[TableKinds.Parse(kind.Name)] = list;
        }

        foreach (var kind in root.GetProperty("identities").EnumerateObject().Where(p => !p.Name.StartsWith('_')))
        {
            _identities[TableKinds.Parse(kind.Name)] = [.. kind.Value.EnumerateArray().Select(i => i.EnumerateArray().Select(f => f.GetString()!).ToArray())];
        }

        FundingColumns = Texts(root.GetProperty("fundingColumns"));
        _headerTerms.UnionWith(FundingColumns);
        NonAmountColumns = Texts(root.GetProperty("nonAmountColumns"));
        CodeLevels = Texts(root.GetProperty("codeLevels"));
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

    /// <summary>
    /// Sub-column headings naming a source of funds (一般公共预算, 政府性基金预算 …) printed under each
    /// field of a table that splits every field by source: they qualify the row, not the field.
    /// </summary>
    public IReadOnlyList<string> FundingColumns { get; }

    /// <summary>Fragments of headings over numbers that are not amounts (序号, 行次, 编码 …).</summary>
    public IReadOnlyList<string> NonAmountColumns { get; }

    /// <summary>True for a heading over numbers that are not amounts (see <see cref="NonAmountColumns"/>).</summary>
    public bool IsNonAmountColumn(string headerText) => Contains(headerText, NonAmountColumns);

    /// <summary>Headings of the columns a subject code is printed over, outermost level first (类, 款, 项).</summary>
    public IReadOnlyList<string> CodeLevels { get; }

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

    /// <summary>The comparison key of a header text: normalized (<see cref="HeaderText"/>), colons, 其中 and the measure removed.</summary>
    public static string Key(string? text)
    {
        var folded = HeaderText.Normalize(text).TrimEnd(':');
        if (folded.StartsWith("其中", StringComparison.Ordinal) && folded.Length > 2)
        {
            folded = folded[2..].TrimStart(':');
        }

        return folded.Replace("(万元)", "", StringComparison.Ordinal).Replace("(元)", "", StringComparison.Ordinal);
    }

    /// <summary>Whether rows of a kind have this field at all: the synonyms list it for the kind (procurement rows, e.g., have no code).</summary>
    public bool HasField(TableKind kind, string field) =>
        _columns.TryGetValue(kind, out var list) && list.Exists(c => c.Field == field);

    /// <summary>The canonical field a header text denotes in tables of a kind, or null.</summary>
    public string? FieldFor(TableKind kind, string headerText)
    {
        if (!_columns.TryGetValue(kind, out var list))
        {
            return null;
        }

        // A line label used as a heading (transposed tables) may carry an enumerator: （一）因公出国（境）支出.
        var key = Key(headerText);
        var unnumbered = Key(LabelText.Normalize(headerText));
        foreach (var (field, text) in list)
        {
            if (text == key || text == unnumbered)
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>
    /// Tolerant reading of wording the synonyms do not list: the first field of the kind whose
    /// fragments all occur in the header (e.g. 政府 + 编码 → gov_code), or null.
    /// </summary>
    public string? FieldByFragments(TableKind kind, string headerText) => FieldsByFragments(kind, headerText).FirstOrDefault();

    /// <summary>Every field of the kind whose fragments all occur in the header, in the data's order.</summary>
    public IEnumerable<string> FieldsByFragments(TableKind kind, string headerText)
    {
        if (!_fragments.TryGetValue(kind, out var list))
        {
            yield break;
        }

        var key = Key(headerText);
        foreach (var (field, fragments) in list)
        {
            if (key.Length > 0 && Array.TrueForAll(fragments, f => key.Contains(f, StringComparison.Ordinal)))
            {
                yield return field;
            }
        }
    }

    /// <summary>The column identities of a kind, each as (whole, parts …): every line has whole = Σ parts.</summary>
    public IReadOnlyList<string[]> Identities(TableKind kind) =>
        _identities.TryGetValue(kind, out var list) ? list : [];

    /// <summary>The level (0 = 类) of a code-part heading, or -1.</summary>
    public int CodeLevel(string headerText)
    {
        var key = Key(headerText);
        for (var i = 0; i < CodeLevels.Count; i++)
        {
            if (CodeLevels[i] == key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True for a sub-column heading naming a source of funds (see <see cref="FundingColumns"/>).</summary>
    public bool IsFundingColumn(string headerText) => Matches(headerText, FundingColumns);

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
