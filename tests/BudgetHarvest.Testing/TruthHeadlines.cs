using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Testing;

/// <summary>
/// The headline totals an analyst reads from <c>v_unit_year</c>, computed from a hand-checked truth
/// document the way a person reads the printed tables: shared by the view tests on loaded truth and
/// on fresh extractions, so both check against the same reading.
/// </summary>
public static class TruthHeadlines
{
    /// <summary>一般公共预算支出 in yuan: the total line of the general-budget function table, or null when the truth has none.</summary>
    public static decimal? GeneralBudget(BudgetDocument document)
    {
        var table = document.Tables.FirstOrDefault(t => t.Kind == TableKind.FunctionDetail && t.Funding == FundingSource.GeneralBudget && t.Spending is null or SpendingScope.All && t.Rows.Count > 0);
        return table is null || TotalLine(table) is not { } total ? null : total.Amount(RowFields.Total) * Measures.YuanPerUnit(table.Measure);
    }

    /// <summary>
    /// 三公 in yuan: 出国 + 接待 + 用车 of this year (no prior-year or change rows; a 合计 line when printed,
    /// else every line, one per funding source), without 会议费 and 培训费; null when the truth has no 三公 rows.
    /// </summary>
    public static decimal? ThreePublic(BudgetDocument document)
    {
        var table = document.Tables.FirstOrDefault(t => t.Kind == TableKind.ThreePublic && t.Rows.Count > 0);
        if (table is null || document.Document.Year is not { } year)
        {
            return null;
        }

        var thisYear = table.Rows.Where(r => !OtherPeriod(r.Text(RowFields.Label), year)).ToList();
        var lines = thisYear.Where(IsTotal).Take(1).ToList() is { Count: 1 } totals ? totals : thisYear;
        return lines.Sum(r => (r.Amount(RowFields.Outbound) ?? 0) + (r.Amount(RowFields.Reception) ?? 0) + (r.Amount(RowFields.VehicleTotal) ?? 0))
               * Measures.YuanPerUnit(table.Measure)!.Value;
    }

    /// <summary>The hand-checked truth of the real (Xi'an) and wide (other cities) corpora, refused documents included.</summary>
    public static IReadOnlyList<BudgetDocument> RealAndWide() =>
        [.. Fixtures.RealNames().Select(n => Fixtures.Real(n + ".pdf")).Concat(Fixtures.WideNames().Select(n => Fixtures.Wide(n + ".pdf"))).Select(Fixtures.GroundTruth)];

    /// <summary>The truth's total line: named 合计/总计, else the uncoded line of a coded table (a unit line).</summary>
    private static TableRow? TotalLine(BudgetTable table) =>
        table.Rows.FirstOrDefault(IsTotal) ?? table.Rows.FirstOrDefault(r => r.Text(RowFields.Code) is null && r.Amount(RowFields.Total) is not null);

    private static bool IsTotal(TableRow row) =>
        new[] { row.Text(RowFields.Name), row.Text(RowFields.Label) }.Any(t => t is not null && (t.Replace(" ", "", StringComparison.Ordinal).EndsWith("合计", StringComparison.Ordinal) || t.EndsWith("总计", StringComparison.Ordinal)));

    private static bool OtherPeriod(string? label, int year) =>
        label is not null && (label.Contains($"{year - 1}年", StringComparison.Ordinal) || label.Contains("增减", StringComparison.Ordinal));
}
