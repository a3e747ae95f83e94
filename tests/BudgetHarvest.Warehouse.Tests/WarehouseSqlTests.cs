using BudgetHarvest.Core.Model;
using BudgetHarvest.Warehouse.Export;
using BudgetHarvest.Warehouse.Loading;
using DuckDB.NET.Data;

namespace BudgetHarvest.Warehouse.Tests;

/// <summary>The analysts' side and the schema itself, on either backend.</summary>
public abstract class WarehouseSqlTests : WarehouseTestBase
{
    [WarehouseFact]
    public async Task EnsureSchemaAsync_RunTwice_AppliesEveryMigrationOnce()
    {
        var first = await Warehouse.EnsureSchemaAsync();
        var second = await Warehouse.EnsureSchemaAsync();

        Assert.Equal(Schema.MigrationCatalog.For(Warehouse.Backend).Select(m => m.Version), first.Select(m => m.Version));
        Assert.Empty(second);
        Assert.Equal(first.Count, await CountAsync("SELECT count(*) FROM schema_version"));
    }

    [WarehouseFact]
    public async Task FactTables_ColumnOrder_MatchesTheSchema()
    {
        // The DuckDB appender fills columns by position: a swapped pair of text columns would load silently wrong.
        (string Table, IEnumerable<string> Columns)[] tables =
        [
            (FactTables.DocumentTables.Name, FactTables.DocumentTables.Columns.Select(c => c.Name)),
            (FactTables.BudgetLines.Name, FactTables.BudgetLines.Columns.Select(c => c.Name)),
            (FactTables.Sections.Name, FactTables.Sections.Columns.Select(c => c.Name)),
            (FactTables.Issues.Name, FactTables.Issues.Columns.Select(c => c.Name)),
            (FactTables.PerformanceIndicators.Name, FactTables.PerformanceIndicators.Columns.Select(c => c.Name)),
            (FactTables.PerformanceProjects.Name, FactTables.PerformanceProjects.Columns.Select(c => c.Name)),
            (FactTables.ProcurementItems.Name, FactTables.ProcurementItems.Columns.Select(c => c.Name)),
        ];
        await Warehouse.EnsureSchemaAsync();

        foreach (var (table, columns) in tables)
        {
            var actual = await RowsAsync($"""
                SELECT column_name FROM information_schema.columns
                WHERE table_name = '{table}' AND table_schema = current_schema() ORDER BY ordinal_position
                """);
            Assert.Equal(columns, actual.Select(r => (string)r[0]!));
        }
    }

    [WarehouseFact]
    public async Task FacetLines_BasicSpendingByEconomicClass_EveryTableOfThatKindWhateverItsNumber()
    {
        var document = CorpusDocuments.One(CorpusDocuments.Baoji);
        var expected = document.Tables.Where(t => t.Kind == TableKind.EconomicDetail && t.Funding == FundingSource.GeneralBudget && t.Spending == SpendingScope.Basic)
            .Select(t => (long)t.Number!.Value).ToList();
        Assert.NotEmpty(expected);
        await Warehouse.LoadAsync(document);

        var numbers = await RowsAsync("""
            SELECT DISTINCT table_number FROM v_facet_lines
            WHERE table_kind = 'economic_detail' AND funding = 'general_budget' AND spending = 'basic' AND row_key = 'economic'
            """);

        Assert.Equal(expected, numbers.Select(r => Convert.ToInt64(r[0], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [WarehouseFact]
    public async Task LoadAsync_RowWithExtraAmount_StoredUnderItsPrintedHeader()
    {
        var document = CorpusDocuments.One(CorpusDocuments.Baoji);
        var table = CorpusDocuments.FunctionDetail(document);
        table.Rows[0].SetExtra("基本支出/小计", 12.34m);
        await Warehouse.LoadAsync(document);

        var rows = await RowsAsync($"""
            SELECT extra_header, amount_printed FROM v_facet_lines
            WHERE column_key = 'extra' AND table_number = {table.Number}
            """);

        var row = Assert.Single(rows);
        Assert.Equal("基本支出/小计", row[0]);
        Assert.Equal(12.34m, Convert.ToDecimal(row[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    [WarehouseFact]
    public async Task Tables_EveryTable_KeepsItsFacets()
    {
        var document = CorpusDocuments.One(CorpusDocuments.Baoji);
        await Warehouse.LoadAsync(document);

        var rows = await RowsAsync("SELECT table_number, funding, spending, row_key FROM v_tables ORDER BY table_ordinal");

        Assert.Equal(
            document.Tables.Select(t => (t.Number, Name(t.Funding), Name(t.Spending), Name(t.RowKey))),
            rows.Select(r => ((int?)Convert.ToInt32(r[0], System.Globalization.CultureInfo.InvariantCulture), (string?)r[1], (string?)r[2], (string?)r[3])));

        static string? Name<T>(T? value)
            where T : struct, Enum => value is { } v ? System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()) : null;
    }

    [WarehouseFact]
    public async Task ReadAsync_WritingStatement_LeavesTheWarehouseUnchanged()
    {
        await Warehouse.LoadAsync(CorpusDocuments.One(CorpusDocuments.Baoji));

        var error = await Record.ExceptionAsync(() => Warehouse.ReadAsync("DELETE FROM budget_lines", (reader, _) => Task.FromResult(reader.RecordsAffected)));

        Assert.IsType<QueryRefusedException>(error);

        Assert.True(await CountAsync("SELECT count(*) FROM budget_lines") > 0);
    }

    [WarehouseFact]
    public async Task ReadAsync_BadSql_ThrowsWarehouseExceptionThatIsNotTransient()
    {
        var error = await Assert.ThrowsAsync<WarehouseException>(() => Warehouse.ReadAsync("SELECT no_such_column FROM documents", (_, _) => Task.FromResult(0)));

        Assert.False(error.IsTransient);
        Assert.Contains("no_such_column", error.Message, StringComparison.Ordinal);
    }

    [WarehouseFact]
    public async Task WriteParquetAsync_FunctionDetailView_HoldsTheSameRowsAndTotals()
    {
        await LoadAllAsync(CorpusDocuments.All().Take(5));
        var path = Path.Combine(TempFolder, "v_function_detail.parquet");
        var expected = (await RowsAsync("SELECT count(*), sum(total), sum(personnel) FROM v_function_detail")).Single();

        var written = await Warehouse.WriteParquetAsync("SELECT * FROM v_function_detail", path);

        await using var reader = new DuckDBConnection("Data Source=:memory:");
        await reader.OpenAsync();
        await using var command = reader.CreateCommand();
        command.CommandText = $"SELECT count(*), sum(total), sum(personnel) FROM '{path}'";
        await using var result = await command.ExecuteReaderAsync();
        Assert.True(await result.ReadAsync());
        Assert.Equal(Convert.ToInt64(expected[0], System.Globalization.CultureInfo.InvariantCulture), written);
        Assert.Equal(written, result.GetInt64(0));
        Assert.Equal((decimal)expected[1]!, result.GetDecimal(1));
        Assert.Equal((decimal)expected[2]!, result.GetDecimal(2));
    }

    [WarehouseFact]
    public async Task AnalystViews_EveryView_ExistsAndShowsOnlyLatestDocuments()
    {
        var original = CorpusDocuments.One(CorpusDocuments.Baoji);
        await Warehouse.LoadAsync(original);
        await Warehouse.LoadAsync(CorpusDocuments.WithSha256(original, 'e'));

        foreach (var view in AnalystViews.Names)
        {
            var documents = await RowsAsync($"SELECT DISTINCT sha256 FROM {view}");
            Assert.True(documents.Count <= 1, $"{view} shows {documents.Count} versions");
            Assert.All(documents, d => Assert.Equal(new string('e', 64), d[0]));
        }
    }
}
