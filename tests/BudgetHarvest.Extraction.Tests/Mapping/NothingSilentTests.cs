using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Extraction.Tests.Mapping;

/// <summary>
/// Over every fixture (public, real, wide), extracted end to end: no table has a grid with data
/// lines and no rows, or fewer rows than data lines, without an <c>unmapped_table</c> issue.
/// </summary>
public sealed class NothingSilentTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var path in Fixtures.PublicNames().Select(n => Fixtures.Public(n + ".pdf"))
                     .Concat(Fixtures.RealNames().Select(n => Fixtures.Real(n + ".pdf")))
                     .Concat(Fixtures.WideNames().Select(n => Fixtures.Wide(n + ".pdf"))))
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Extract_Fixture_EveryShortTableCarriesUnmappedTable(string pdf)
    {
        var found = new BudgetExtractor().Extract(File.ReadAllBytes(pdf), Path.GetFileName(pdf));
        var flagged = found.Issues.Where(i => i.Code == IssueCodes.UnmappedTable).Select(i => i.Table).ToHashSet();

        var silent = found.Tables
            .Where(t => DataLines(t) is var lines and > 0 && (t.Rows.Count == 0 || (t.Kind != TableKind.Performance && t.Rows.Count < lines)))
            .Where(t => !flagged.Contains(t.Number))
            .Select(t => $"表{t.Number} {t.Kind} rows={t.Rows.Count} lines={DataLines(t)}")
            .ToList();

        Assert.Empty(silent);
    }

    /// <summary>Grid lines holding a number, not counting a row that numbers the columns (1, 2, 3 …).</summary>
    private static int DataLines(BudgetTable table) =>
        table.Grid.Count(line => line.Exists(AmountParser.LooksNumeric) && !NumbersColumns(line));

    private static bool NumbersColumns(List<string> line)
    {
        var numbers = line.Where(c => AmountParser.LooksNumeric(c)).Select(c => c.Trim()).ToList();
        return numbers.Count >= 3 && numbers.Select((n, i) => n == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).All(x => x);
    }
}
