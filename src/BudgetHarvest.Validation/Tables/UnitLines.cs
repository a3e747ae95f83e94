using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Validation.Tables;

/// <summary>
/// Unit subtotal lines of a subject-code table: some department budgets (西安 2019 表5–表8) print
/// each unit's code and name (<c>125001 西安市安全生产监督管理局</c>) above that unit's block of 类,
/// 款 and 项 lines. A coded line is such a unit line when its code has none of the subject-code
/// lengths and no line below it continues its code.
/// </summary>
public static class UnitLines
{
    /// <summary>The lengths of 功能科目 and 经济科目 codes: 类 (201, 301), 款 (20101, 30101), 项 (2010101).</summary>
    public static readonly int[] SubjectCodeLengths = [3, 5, 7];

    /// <summary>The coded lines of a table that head a unit's block rather than a subject.</summary>
    public static IReadOnlySet<TableRow> Of(IReadOnlyList<TableRow> codedLines)
    {
        var units = new HashSet<TableRow>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < codedLines.Count; i++)
        {
            var code = DetailLines.Code(codedLines[i])!;
            var continued = i + 1 < codedLines.Count && DetailLines.Code(codedLines[i + 1])!.StartsWith(code, StringComparison.Ordinal);
            if (!SubjectCodeLengths.Contains(code.Length) && !continued)
            {
                units.Add(codedLines[i]);
            }
        }

        return units;
    }

    /// <summary>Each coded line of a table with the unit line whose block it is printed in (null before any, and for unit lines).</summary>
    public static IEnumerable<(TableRow Line, TableRow? Unit)> WithUnits(BudgetTable table)
    {
        var coded = table.Rows.Where(r => DetailLines.Code(r) is not null).ToList();
        var units = Of(coded);
        TableRow? unit = null;
        foreach (var row in coded)
        {
            if (units.Contains(row))
            {
                unit = row;
                yield return (row, null);
            }
            else
            {
                yield return (row, unit);
            }
        }
    }
}
