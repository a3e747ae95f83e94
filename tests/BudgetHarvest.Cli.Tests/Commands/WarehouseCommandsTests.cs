using System.Globalization;
using System.Text.Json;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Testing;
using BudgetHarvest.Warehouse;
using BudgetHarvest.Warehouse.Export;
using DuckDB.NET.Data;

namespace BudgetHarvest.Cli.Tests.Commands;

/// <summary>load, query and export against a real DuckDB file in a temporary folder.</summary>
public sealed class WarehouseCommandsTests : IDisposable
{
    private const string Baoji = "0000-baoji-bigdata-2023";
    private readonly string _work = Directory.CreateTempSubdirectory("bh-cli-wh-").FullName;
    private StringWriter _output = new();
    private StringWriter _error = new();

    private string Store => Path.Combine(_work, "store", "warehouse.duckdb");

    public void Dispose()
    {
        Directory.Delete(_work, recursive: true);
        _output.Dispose();
        _error.Dispose();
    }

    [Fact]
    public async Task Load_PublicGroundTruthFolder_LoadsEveryDocumentAndExitsZero()
    {
        var exit = await Run("load", Path.Combine(Fixtures.Folder, "public"), "--warehouse", Store, "--create");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("30 new, 0 unchanged, 0 failed", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal("n\n30\n", await QueryCsv("SELECT count(*) AS n FROM documents WHERE is_latest"));
    }

    [Fact]
    public async Task Load_SameFilesTwice_SecondRunChangesNothing()
    {
        var files = new[] { Fixtures.Public(Baoji + ".json"), Fixtures.Public("0002-weinan-gonglu-2023.json") };
        await Run(["load", .. files, "--warehouse", Store, "--create"]);
        var lines = await QueryCsv("SELECT count(*) AS n FROM budget_lines");

        var exit = await Run(["load", .. files, "--warehouse", Store, "--create"]);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("0 new, 2 unchanged, 0 failed; 0 budget lines added", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal(lines, await QueryCsv("SELECT count(*) AS n FROM budget_lines"));
    }

    [Fact]
    public async Task Load_BatchWithBadJson_ReportsItLoadsTheRestAndExitsOne()
    {
        var input = Directory.CreateDirectory(Path.Combine(_work, "in")).FullName;
        File.Copy(Fixtures.Public(Baoji + ".json"), Path.Combine(input, "b-good.json"));
        await File.WriteAllTextAsync(Path.Combine(input, "a-truncated.json"), "{\"format\": \"budgetharvest/1\", \"source\": {");
        await File.WriteAllTextAsync(Path.Combine(input, "c-other.json"), "{\"format\": \"other/1\"}");

        var exit = await Run("load", input, "--warehouse", Store, "--create");

        Assert.Equal(ExitCodes.SomeFailed, exit);
        Assert.Contains("1 new, 0 unchanged, 2 failed", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("a-truncated.json: not a valid budgetharvest/1 document", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("c-other.json: Not a budgetharvest/1 document", _error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", _error.ToString(), StringComparison.Ordinal);
        Assert.Equal("n\n1\n", await QueryCsv("SELECT count(*) AS n FROM documents"));
    }

    [Fact]
    public async Task Load_MissingInput_ExitsTwoAndCreatesNoWarehouse()
    {
        var exit = await Run("load", Path.Combine(_work, "missing.json"), "--warehouse", Store, "--create");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.False(File.Exists(Store));
    }

    [Fact]
    public async Task Load_MissingWarehouseWithoutCreate_ExitsTwoNamingCreateAndCreatesNothing()
    {
        var exit = await Run("load", Fixtures.Public(Baoji + ".json"), "--warehouse", Store);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains($"no warehouse at {Store}; pass --create", _error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(Store)));
    }

    [Fact]
    public async Task Load_ExistingWarehouseWithoutCreate_LoadsIntoIt()
    {
        await Run("load", Fixtures.Public(Baoji + ".json"), "--warehouse", Store, "--create");

        var exit = await Run("load", Fixtures.Public("0002-weinan-gonglu-2023.json"), "--warehouse", Store);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("n\n2\n", await QueryCsv("SELECT count(*) AS n FROM documents"));
    }

    [Fact]
    public async Task Load_UnreachablePostgreSql_ReportsEveryDocumentAndExitsOne()
    {
        // Port 1 on the loopback refuses at once: no server, and nothing leaves the machine.
        var exit = await Run("load", Fixtures.Public(Baoji + ".json"), Fixtures.Public("0002-weinan-gonglu-2023.json"), "--warehouse", "Host=127.0.0.1;Port=1;Timeout=3;Username=u;Database=d");

        Assert.Equal(ExitCodes.SomeFailed, exit);
        Assert.Contains("0 new, 0 unchanged, 2 failed", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("PostgreSQL warehouse 127.0.0.1:1/d", _error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_TableFormat_PrintsAlignedColumnsWithAmountsInYuan()
    {
        await Run("load", Fixtures.Public(Baoji + ".json"), "--warehouse", Store, "--create");
        Reset();

        var exit = await Run("query", "SELECT name, total FROM v_function_detail WHERE table_number = 5 ORDER BY row_number LIMIT 3", "--warehouse", Store);

        Assert.Equal(ExitCodes.Success, exit);
        var lines = _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3 + 4, lines.Length); // three rows, top and bottom borders, header and its rule
        Assert.Contains("name", lines[1], StringComparison.Ordinal);
        Assert.Contains("合计", lines[3], StringComparison.Ordinal);
        Assert.EndsWith(" 3634500 │", lines[3].TrimEnd(), StringComparison.Ordinal); // 363.45 万元, right-aligned
        Assert.Contains("3 row(s)", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_JsonFormat_AmountsAreExactNumbersInYuan()
    {
        await Run("load", Fixtures.Public(Baoji + ".json"), "--warehouse", Store, "--create");
        Reset();

        var exit = await Run("query", "SELECT unit_name, year, total, personnel FROM v_function_detail WHERE table_number = 5 AND code IS NULL", "--format", "json", "--warehouse", Store);

        Assert.Equal(ExitCodes.Success, exit);
        var row = Assert.Single(JsonDocument.Parse(_output.ToString()).RootElement.EnumerateArray());
        Assert.Equal("宝鸡市大数据管理中心", row.GetProperty("unit_name").GetString());
        Assert.Equal(2023, row.GetProperty("year").GetInt32());
        Assert.Equal(3_634_500m, row.GetProperty("total").GetDecimal());
        Assert.Equal(3_114_500m, row.GetProperty("personnel").GetDecimal());
    }

    [Fact]
    public async Task Query_BadSql_ExitsOneWithTheDatabaseMessage()
    {
        await Run("load", Fixtures.Public(Baoji + ".json"), "--warehouse", Store, "--create");

        var exit = await Run("query", "SELECT no_such_column FROM documents", "--warehouse", Store);

        Assert.Equal(ExitCodes.SomeFailed, exit);
        Assert.Contains("error:", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("no_such_column", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_DeleteStatement_LeavesTheWarehouseUnchanged()
    {
        await Run("load", Fixtures.Public(Baoji + ".json"), "--warehouse", Store, "--create");
        var before = await QueryCsv("SELECT count(*) AS n FROM budget_lines");

        await Run("query", "DELETE FROM budget_lines", "--warehouse", Store);

        Assert.Equal(before, await QueryCsv("SELECT count(*) AS n FROM budget_lines"));
        Assert.NotEqual("n\n0\n", before);
    }

    [Theory]
    [InlineData("DELETE FROM documents; COMMIT")]
    [InlineData("DROP TABLE documents")]
    [InlineData("COPY documents TO '{0}/copied.csv'")]
    [InlineData("EXPORT DATABASE '{0}/exported'")]
    [InlineData("ATTACH '{0}/attached.duckdb' AS other")]
    [InlineData("INSTALL httpfs FROM 'http://127.0.0.1:9/'")]
    public async Task Query_WritingOrEscapingStatement_IsRefusedWithExitTwoAndChangesNothing(string sql)
    {
        await Run("load", Fixtures.Public(Baoji + ".json"), "--warehouse", Store, "--create");
        var before = await QueryCsv("SELECT count(*) AS n FROM documents");
        var outside = Directory.CreateDirectory(Path.Combine(_work, "outside")).FullName;
        Reset();

        var exit = await Run("query", string.Format(CultureInfo.InvariantCulture, sql, outside), "--warehouse", Store);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("error: query", _error.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await QueryCsv("SELECT count(*) AS n FROM documents"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
    }

    [Fact]
    public async Task Query_ReadingOtherFiles_IsRefusedByTheStore()
    {
        await Run("load", Fixtures.Public(Baoji + ".json"), "--warehouse", Store, "--create");
        Reset();

        var exit = await Run("query", "SELECT * FROM read_csv('/etc/hostname')", "--warehouse", Store);

        Assert.Equal(ExitCodes.SomeFailed, exit);
        Assert.Contains("error:", _error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("query", "SELECT 1")]
    [InlineData("export", "--out")]
    public async Task ReadingCommand_MistypedWarehousePath_ExitsTwoAndCreatesNothing(string command, string argument)
    {
        var typo = Path.Combine(_work, "stroe", "warehouse.duckdb");
        string[] args = command == "export" ? [command, argument, Path.Combine(_work, "out"), "--warehouse", typo] : [command, argument, "--warehouse", typo];

        var exit = await Run(args);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("no warehouse at", _error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(typo)));
    }

    [Fact]
    public async Task Query_WhileAnotherProcessHoldsTheWarehouse_ReadsASnapshot()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return; // the holder below waits on a named pipe (mkfifo)
        }

        // A second budget-harvest process loads one document, then blocks reading a named pipe while
        // it holds the DuckDB file read-write, as a running serve does.
        var pipe = Path.Combine(_work, "blocked.json");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", pipe))
        {
            await mkfifo.WaitForExitAsync();
        }

        var cli = Path.Combine(AppContext.BaseDirectory, "budget-harvest.dll");
        using var holder = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            ArgumentList = { cli, "load", Fixtures.Public(Baoji + ".json"), pipe, "--warehouse", Store, "--create" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            var exit = ExitCodes.Usage;
            while (DateTime.UtcNow < deadline && !holder.HasExited)
            {
                Reset();
                exit = await Run("query", "SELECT count(*) AS n FROM documents", "--format", "csv", "--warehouse", Store);
                if (exit == ExitCodes.Success && _output.ToString() == "n\n1\n")
                {
                    break;
                }

                await Task.Delay(200);
            }

            Assert.False(holder.HasExited, "the holder ended before the query read");
            Assert.Equal(ExitCodes.Success, exit);
            Assert.Equal("n\n1\n", _output.ToString());
        }
        finally
        {
            // Unblock the holder: the pipe gives it an empty document, which it reports and skips.
            await File.WriteAllTextAsync(pipe, "{}");
            await holder.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Export_Csv_WritesOneFilePerViewWithEveryRow()
    {
        await Run("load", Fixtures.Public(Baoji + ".json"), Fixtures.Public("0002-weinan-gonglu-2023.json"), "--warehouse", Store, "--create");
        var folder = Path.Combine(_work, "export");

        var exit = await Run("export", "--out", folder, "--format", "csv", "--warehouse", Store);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(AnalystViews.Names.Select(v => v + ".csv").Order(), Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        var functionDetail = await File.ReadAllLinesAsync(Path.Combine(folder, "v_function_detail.csv"));
        var expected = new[] { Baoji, "0002-weinan-gonglu-2023" }.Sum(n => Fixtures.GroundTruth(Fixtures.Public(n + ".pdf")).Tables.Where(t => t.Kind == TableKind.FunctionDetail).Sum(t => t.Rows.Count));
        Assert.Equal(expected + 1, functionDetail.Length);
        Assert.StartsWith("document_id,sha256,unit_id,unit_name,region,year", functionDetail[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Parquet_WritesFilesThatHoldTheViews()
    {
        await Run("load", Fixtures.Public(Baoji + ".json"), "--warehouse", Store, "--create");
        var folder = Path.Combine(_work, "parquet");
        var expected = await QueryCsv("SELECT count(*) AS n, sum(amount) AS s FROM v_summary");

        var exit = await Run("export", "--out", folder, "--format", "parquet", "--warehouse", Store);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(AnalystViews.Names.Count, Directory.GetFiles(folder, "*.parquet").Length);
        await using var reader = new DuckDBConnection("Data Source=:memory:");
        await reader.OpenAsync();
        await using var command = reader.CreateCommand();
        command.CommandText = $"SELECT count(*), sum(amount) FROM '{Path.Combine(folder, "v_summary.parquet")}'";
        await using var result = await command.ExecuteReaderAsync();
        Assert.True(await result.ReadAsync());
        Assert.Equal(expected, string.Create(CultureInfo.InvariantCulture, $"n,s\n{result.GetInt64(0)},{result.GetDecimal(1)}\n"));
    }

    [Theory]
    [InlineData("Host=db.example;Database=harvest", WarehouseBackend.PostgreSql)]
    [InlineData("some/folder/store.duckdb", WarehouseBackend.DuckDb)]
    public void WarehouseOption_Value_ChoosesTheBackend(string value, WarehouseBackend backend)
    {
        var options = WarehouseOptions.From(Cli.Commands.WarehouseHost.Configuration(value));

        Assert.Equal(backend, options.Backend);
        Assert.Equal(backend == WarehouseBackend.DuckDb ? value : WarehouseOptions.DefaultDuckDbPath, options.DuckDbPath);
    }

    private async Task<string> QueryCsv(string sql)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(["query", sql, "--format", "csv", "--warehouse", Store], output, error);
        Assert.True(exit == ExitCodes.Success, error.ToString());
        return output.ToString();
    }

    private void Reset()
    {
        _output.Dispose();
        _error.Dispose();
        _output = new StringWriter();
        _error = new StringWriter();
    }

    private Task<int> Run(params string[] args) => CliApp.RunAsync(args, _output, _error);
}
