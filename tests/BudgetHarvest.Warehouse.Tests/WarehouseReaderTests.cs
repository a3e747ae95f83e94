using BudgetHarvest.Warehouse.DuckDb;
using BudgetHarvest.Warehouse.Postgres;
using BudgetHarvest.Warehouse.Reading;

namespace BudgetHarvest.Warehouse.Tests;

/// <summary>
/// The analysts' reader on either backend: the probe's writing and escaping statements change nothing,
/// whether the gate refuses them or the store does.
/// </summary>
public abstract class WarehouseReaderTests : WarehouseTestBase
{
    /// <summary>A reader of <see cref="WarehouseTestBase.Warehouse"/>'s store.</summary>
    private protected abstract WarehouseReader CreateReader();

    /// <summary>Statements the store itself must refuse: the gate lets them through.</summary>
    private protected abstract IEnumerable<string> StoreRefused(string outside);

    [WarehouseFact]
    public async Task ReadAsync_ProbeStatements_ChangeNothingAndWriteNoFile()
    {
        await Warehouse.LoadAsync(CorpusDocuments.One(CorpusDocuments.Baoji));
        var documents = await CountAsync("SELECT count(*) FROM documents");
        var lines = await CountAsync("SELECT count(*) FROM budget_lines");
        var outside = Path.Combine(TempFolder, "outside");
        string[] probe =
        [
            "DELETE FROM documents; COMMIT",
            "COMMIT; DROP TABLE procurement_items CASCADE",
            "DROP TABLE documents",
            "DELETE FROM budget_lines",
            $"COPY documents TO '{outside}.csv'",
            $"COPY (SELECT 1) TO PROGRAM 'touch {outside}.program'",
            $"EXPORT DATABASE '{outside}.export'",
            $"ATTACH '{outside}.duckdb' AS other",
            "INSTALL httpfs FROM 'http://127.0.0.1:9/'",
            "SET enable_external_access = true",
            "SELECT set_config('role', 'postgres', true)",
        ];
        await using var reader = CreateReader();

        foreach (var sql in probe.Concat(StoreRefused(outside)))
        {
            var error = await Record.ExceptionAsync(() => reader.ReadAsync(sql, (r, _) => Task.FromResult(r.RecordsAffected)));
            Assert.True(error is QueryRefusedException or WarehouseException, $"{sql}: {error?.GetType().Name ?? "ran"}");
        }

        Assert.Equal(documents, await CountAsync("SELECT count(*) FROM documents"));
        Assert.Equal(lines, await CountAsync("SELECT count(*) FROM budget_lines"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(TempFolder, "outside*"));
    }

    [WarehouseFact]
    public async Task ReadAsync_MoreThanOneStatement_IsRefusedWithTheReason()
    {
        await Warehouse.EnsureSchemaAsync();
        await using var reader = CreateReader();

        var error = await Assert.ThrowsAsync<QueryRefusedException>(() => reader.ReadAsync("SELECT 1; SELECT 2", (_, _) => Task.FromResult(0)));

        Assert.Contains("one statement per call", error.Message, StringComparison.Ordinal);
    }

    [WarehouseFact]
    public async Task ReadAsync_AnalystView_ReadsTheLoadedRows()
    {
        await Warehouse.LoadAsync(CorpusDocuments.One(CorpusDocuments.Baoji));
        await using var reader = CreateReader();

        var rows = await reader.ReadAsync("SELECT count(*) FROM v_function_detail;", ReadAllAsync);

        Assert.Equal(await CountAsync("SELECT count(*) FROM v_function_detail"), Convert.ToInt64(rows.Single()[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(Convert.ToInt64(rows.Single()[0], System.Globalization.CultureInfo.InvariantCulture) > 0);
    }
}

public sealed class DuckDbWarehouseReaderTests : WarehouseReaderTests
{
    private string File => Path.Combine(TempFolder, "data", "warehouse.duckdb");

    private protected override Task<DocumentWarehouse> CreateWarehouseAsync() => Task.FromResult<DocumentWarehouse>(new DuckDbWarehouse(File, Clock));

    private protected override WarehouseReader CreateReader() => new DuckDbReader(File, DuckDbReadAccess.Sandboxed);

    private protected override IEnumerable<string> StoreRefused(string outside) =>
    [
        "SELECT * FROM read_csv('/etc/hostname')",
        "SELECT * FROM read_parquet('http://127.0.0.1:9/x.parquet')",
    ];

    [Fact]
    public async Task ReadAsync_WhileTheWarehouseIsOpenForWriting_ReadsASnapshot()
    {
        // The warehouse (as serve holds it) keeps the file open read-write for its lifetime.
        await Warehouse.LoadAsync(CorpusDocuments.One(CorpusDocuments.Baoji));
        await using var reader = CreateReader();

        var rows = await reader.ReadAsync("SELECT count(*) FROM documents", ReadAllAsync);

        Assert.Equal(1L, Convert.ToInt64(rows.Single()[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(reader is DuckDbReader { ReadsSnapshot: true });
    }

    [Fact]
    public async Task ReadAsync_WarehouseClosed_ReadsTheFileItself()
    {
        await Warehouse.LoadAsync(CorpusDocuments.One(CorpusDocuments.Baoji));
        await Warehouse.DisposeAsync();
        await using var reader = CreateReader();

        var rows = await reader.ReadAsync("SELECT count(*) FROM documents", ReadAllAsync);

        Assert.Equal(1L, Convert.ToInt64(rows.Single()[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(reader is DuckDbReader { ReadsSnapshot: false });
    }

    [Fact]
    public async Task ReadAsync_NoSuchFile_FailsAndCreatesNothing()
    {
        var missing = Path.Combine(TempFolder, "typo", "warehouse.duckdb");
        await using var reader = new DuckDbReader(missing, DuckDbReadAccess.Sandboxed);

        var error = await Assert.ThrowsAsync<WarehouseException>(() => reader.ReadAsync("SELECT 1", ReadAllAsync));

        Assert.Contains("No DuckDB warehouse", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(missing)));
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresWarehouseReaderTests(PostgresDatabaseFixture database) : WarehouseReaderTests, IPostgresBacked
{
    private string? _connectionString;

    private protected override async Task<DocumentWarehouse> CreateWarehouseAsync()
    {
        _connectionString = await database.NewSchemaConnectionStringAsync();
        return new PostgresWarehouse(Npgsql.NpgsqlDataSource.Create(_connectionString), Clock, ownsDataSource: true);
    }

    private protected override WarehouseReader CreateReader() => new PostgresReader(_connectionString!);

    // The test server's user is a superuser: without the reader role these would all succeed.
    private protected override IEnumerable<string> StoreRefused(string outside) =>
    [
        "WITH gone AS (DELETE FROM documents RETURNING 1) SELECT count(*) FROM gone",
        "SELECT pg_read_file('/etc/hostname')",
        $"SELECT lo_export(lo_from_bytea(0, 'x'), '{outside}.lo')",
        "SELECT * FROM pg_authid",
    ];
}
