using System.Globalization;
using System.Text;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping;

namespace BudgetHarvest.Extraction.Tests.Mapping;

/// <summary>
/// The scorer's <c>cells</c> metric (<c>row_facts</c> + F1 of <c>shared/eval/score.py</c>):
/// facts are (table, row key, field, normalized value) from rows, plus the performance meta facts.
/// </summary>
internal static class CellFacts
{
    private static readonly string[] MetaFields = ["project", "department", "funds_total", "funds_fiscal", "funds_other"];

    /// <summary>The row key fields of each kind, as the scorer's ROW_KEYS.</summary>
    public static string[] RowKeys(TableKind kind) => kind switch
    {
        TableKind.Summary => ["panel", "parent", "item"],
        TableKind.Procurement => ["item"],
        TableKind.ThreePublic => ["label", "code", "name"],
        TableKind.Performance => ["level1", "level2", "name"],
        _ => ["code", "name"],
    };

    /// <summary>The multiset of facts of a set of tables.</summary>
    public static Dictionary<string, int> Of(IEnumerable<BudgetTable> tables)
    {
        var facts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string fact) => facts[fact] = facts.GetValueOrDefault(fact) + 1;

        foreach (var table in tables)
        {
            var number = table.Number?.ToString(CultureInfo.InvariantCulture) ?? "None";
            var keys = RowKeys(table.Kind);
            foreach (var row in table.Rows)
            {
                var key = string.Join("|", keys.Select(k => Norm(row[k]) ?? "None"));
                foreach (var (field, value) in row)
                {
                    if (keys.Contains(field) || value is null)
                    {
                        continue;
                    }

                    Add($"{number}\t{key}\t{field}\t{Norm(value)}");
                }
            }

            if (table.Meta is { } meta)
            {
                object?[] values = [meta.Project, meta.Department, meta.FundsTotal, meta.FundsFiscal, meta.FundsOther];
                for (var i = 0; i < MetaFields.Length; i++)
                {
                    if (values[i] is not null)
                    {
                        Add($"{number}\tmeta\t{MetaFields[i]}\t{Norm(values[i])}");
                    }
                }

                foreach (var goal in meta.Goals)
                {
                    Add($"{number}\tmeta\tgoal\t{Norm(goal)}");
                }
            }
        }

        return facts;
    }

    /// <summary>F1 of found facts against truth facts, as the scorer computes it.</summary>
    public static double F1(Dictionary<string, int> truth, Dictionary<string, int> found)
    {
        var hit = truth.Sum(t => Math.Min(t.Value, found.GetValueOrDefault(t.Key)));
        var foundTotal = found.Values.Sum();
        var truthTotal = truth.Values.Sum();
        var p = foundTotal > 0 ? (double)hit / foundTotal : truthTotal == 0 ? 1.0 : 0.0;
        var r = truthTotal > 0 ? (double)hit / truthTotal : 1.0;
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }

    /// <summary>The scorer's norm: numbers to 2 decimals, text NFKC without whitespace.</summary>
    public static string? Norm(object? value) => value switch
    {
        null => null,
        decimal d => d.ToString("F2", CultureInfo.InvariantCulture),
        string s => LabelText.Compact(Nfkc(s)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static string Nfkc(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (PlatformNotSupportedException)
        {
            return AmountParser.FoldWidth(text);
        }
    }
}
