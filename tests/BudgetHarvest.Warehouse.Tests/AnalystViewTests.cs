using System.Globalization;
using System.Text.RegularExpressions;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Warehouse.Tests;

/// <summary>
/// The analyst-safe views on real multi-city documents (the hand-checked wide and real truth): unit
/// identity from the printed unit, headline totals taken once, and the documented example queries.
/// </summary>
public abstract partial class AnalystViewTests : WarehouseTestBase
{
    private const string FolderSeed = "某市文件夹来源";

    [WarehouseFact]
    public async Task LoadAsync_FolderOfMixedUnits_EachDocumentBelongsToTheUnitItPrints()
    {
        var documents = TruthHeadlines.RealAndWide();
        var provenance = new DocumentProvenance("file:///harvest/folder", Clock.Now, UnitName: FolderSeed, Region: "上海市");

        foreach (var document in documents)
        {
            await Warehouse.LoadAsync(document, provenance);
        }

        var printed = documents.Where(d => d.Document.UnitName is not null).Select(d => d.Document.UnitName!.Replace(" ", "", StringComparison.Ordinal)).Distinct().Count();
        Assert.True(printed > 10, $"only {printed} printed units in the fixtures");
        Assert.Equal(printed, await CountAsync($"SELECT count(*) FROM units WHERE unit_name <> '{FolderSeed}'"));
        Assert.Equal(documents.Count(d => d.Document.UnitName is not null), await CountAsync("SELECT count(*) FROM review_notes WHERE code = 'unit_mismatch'"));
        Assert.Equal(documents.Count, await CountAsync($"SELECT count(*) FROM document_seeds WHERE unit_name = '{FolderSeed}'"));
        // The folder's region is the seed's claim about its own unit, not about the units found in it.
        Assert.Equal(0, await CountAsync($"SELECT count(*) FROM units WHERE unit_name <> '{FolderSeed}' AND region = '上海市' AND unit_name NOT LIKE '上海%'"));
        Assert.Equal(await CountAsync("SELECT count(DISTINCT unit_id) FROM documents WHERE is_latest"), await CountAsync("SELECT count(*) FROM v_unit_year"));
    }

    [WarehouseFact]
    public async Task UnitYear_RealAndWide_GeneralBudgetIsEachTruthTotalLineOnce()
    {
        var documents = TruthHeadlines.RealAndWide();
        await LoadAllAsync(documents);

        var checkedUnits = 0;
        foreach (var document in documents)
        {
            if (TruthHeadlines.GeneralBudget(document) is not { } expected)
            {
                continue;
            }

            var actual = await AmountAsync($"SELECT general_budget FROM v_unit_year WHERE sha256 = '{document.Source.Sha256}'");
            Assert.True(expected == actual, $"{document.Document.UnitName}: general_budget {actual}, truth {expected}");
            checkedUnits++;
        }

        Assert.True(checkedUnits >= 5, $"only {checkedUnits} documents carry a checked 一般公共预算 table");
    }

    [WarehouseFact]
    public async Task UnitYear_RealAndWide_ThreePublicIsThisYearWithoutMeetingAndTraining()
    {
        var documents = TruthHeadlines.RealAndWide();
        await LoadAllAsync(documents);

        var checkedUnits = 0;
        foreach (var document in documents)
        {
            if (TruthHeadlines.ThreePublic(document) is not { } expected)
            {
                continue;
            }

            var actual = await AmountAsync($"SELECT three_public FROM v_unit_year WHERE sha256 = '{document.Source.Sha256}'");
            Assert.True(expected == actual, $"{document.Document.UnitName}: three_public {actual}, truth {expected}");
            checkedUnits++;
        }

        Assert.True(checkedUnits >= 5, $"only {checkedUnits} documents carry a checked 三公 table");
    }

    [WarehouseFact]
    public async Task Lines_ThreePublicWithPriorYearRows_MarkPeriodsSoOnlyThisYearSums()
    {
        var document = TruthHeadlines.RealAndWide().First(d => d.Tables.Exists(t => t.Kind == TableKind.ThreePublic && t.Rows.Exists(r => r.Text(RowFields.Label)?.Contains("2025", StringComparison.Ordinal) == true)));
        await Warehouse.LoadAsync(document);

        var periods = (await RowsAsync("SELECT DISTINCT period FROM v_lines WHERE table_kind = 'three_public' ORDER BY period")).Select(r => (string)r[0]!).ToList();

        Assert.Contains("prior", periods);
        Assert.Contains("current", periods);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM v_lines WHERE table_kind = 'three_public' AND period = 'current' AND label LIKE '%2025%'"));
    }

    [WarehouseFact]
    public async Task Lines_FunctionDetail_LevelsFromCodeLengthAndOneTotalLine()
    {
        await LoadAllAsync(TruthHeadlines.RealAndWide());

        Assert.Equal(0, await CountAsync("SELECT count(*) FROM v_lines WHERE length(code) = 3 AND level <> '类'"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM v_lines WHERE length(code) = 7 AND level <> '项'"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM v_lines WHERE is_total AND level <> '合计'"));
        Assert.True(await CountAsync("SELECT count(*) FROM v_lines WHERE is_total AND table_kind = 'function_detail'") > 0);
        // Summing the 类 lines of a table gives its total line (up to the publisher's rounding): the levels partition the table.
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM (
                SELECT document_id, table_ordinal, sum(amount_yuan) FILTER (WHERE level = '类') AS classes, max(amount_yuan) FILTER (WHERE is_total) AS total
                FROM v_lines WHERE table_kind = 'function_detail' AND column_key = 'total'
                GROUP BY document_id, table_ordinal) t
            WHERE classes IS NOT NULL AND total IS NOT NULL AND abs(classes - total) > total / 10000
            """));
    }

    [WarehouseFact]
    public async Task Sections_RealDocuments_ViewHoldsTheLatestDocumentsSections()
    {
        var documents = TruthHeadlines.RealAndWide();
        await LoadAllAsync(documents);

        Assert.Equal(documents.Sum(d => d.Sections.Count), await CountAsync("SELECT count(*) FROM v_sections"));
    }

    [WarehouseFact]
    public async Task DataDictionary_EveryEntry_NamesAColumnThatExistsAndIsDocumented()
    {
        await Warehouse.EnsureSchemaAsync();
        var docs = await File.ReadAllTextAsync(Path.Combine(Fixtures.RepositoryRoot, "docs", "warehouse.md"));

        var entries = await RowsAsync("SELECT object, column_name, term FROM data_dictionary ORDER BY object, column_name");

        Assert.True(entries.Count > 20);
        foreach (var entry in entries)
        {
            // Fails with "column not found" when the dictionary names a column the view does not have.
            await RowsAsync($"SELECT {entry[1]} FROM {entry[0]} WHERE 1 = 0");
            Assert.Contains($"| `{entry[0]}` | `{entry[1]}` | {entry[2]} |", docs, StringComparison.Ordinal);
        }
    }

    [WarehouseFact]
    public async Task ReadmeQueries_RealAndWide_RunAndGeneralBudgetByRegionMatchesTruth()
    {
        var documents = TruthHeadlines.RealAndWide();
        await LoadAllAsync(documents);
        var readme = await File.ReadAllTextAsync(Path.Combine(Fixtures.RepositoryRoot, "README.md"));
        var docs = AnalystSection(await File.ReadAllTextAsync(Path.Combine(Fixtures.RepositoryRoot, "docs", "warehouse.md")));

        var queries = CliQuery().Matches(readme).Select(m => m.Groups["sql"].Value)
            .Concat(SqlBlock().Matches(docs).SelectMany(m => m.Groups["sql"].Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
            .Select(q => string.Join('\n', q.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim())
            .Where(q => q.Length > 0).ToList();
        Assert.True(queries.Count >= 5, $"{queries.Count} example queries found");
        foreach (var query in queries)
        {
            await RowsAsync(query);
        }

        // The first-run query: general-budget spending by region and year, one amount per unit.
        var rows = await RowsAsync(CliQuery().Match(readme).Groups["sql"].Value);
        var byRegion = rows.ToDictionary(r => ((string?)r[0] ?? "", Convert.ToInt32(r[1], CultureInfo.InvariantCulture)), r => r[3] is null ? (decimal?)null : Convert.ToDecimal(r[3], CultureInfo.InvariantCulture));
        var units = rows.ToDictionary(r => ((string?)r[0] ?? "", Convert.ToInt32(r[1], CultureInfo.InvariantCulture)), r => Convert.ToInt32(r[2], CultureInfo.InvariantCulture));
        var compared = 0;
        foreach (var region in documents.Where(d => d.Document is { Region: not null, Year: not null } && !d.HasErrors).GroupBy(d => (d.Document.Region!, d.Document.Year!.Value)))
        {
            // One row per printed unit: never the 合计, department and unit lines counted as units.
            Assert.Equal(region.Select(d => d.Document.UnitName).Distinct().Count(), units[region.Key]);
            var truth = region.Select(TruthHeadlines.GeneralBudget).ToList();
            if (truth.Count == 0 || truth.Exists(t => t is null))
            {
                continue; // a unit of the region has no hand-checked 一般公共预算 table
            }

            Assert.Equal(truth.Sum(), byRegion[region.Key]);
            compared++;
        }

        Assert.True(compared >= 1, $"only {compared} region-years are fully hand-checked");
    }

    /// <summary>The analyst part of docs/warehouse.md, whose queries an analyst copies (other parts hold administration SQL).</summary>
    private static string AnalystSection(string docs)
    {
        var start = docs.IndexOf("## Analyst views", StringComparison.Ordinal);
        var end = docs.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return docs[start..(end < 0 ? docs.Length : end)];
    }

    private async Task<decimal?> AmountAsync(string sql) =>
        (await RowsAsync(sql)).Single()[0] is { } value ? Convert.ToDecimal(value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex("-- query \"(?<sql>[^\"]+)\"")]
    private static partial Regex CliQuery();

    [GeneratedRegex("```sql\\n(?<sql>.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();
}
