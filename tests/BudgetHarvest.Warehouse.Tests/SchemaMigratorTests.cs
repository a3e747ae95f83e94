using BudgetHarvest.Warehouse.Schema;
using Npgsql;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Warehouse.Tests;

[Collection(PostgresCollection.Name)]
public sealed class SchemaMigratorTests(PostgresDatabaseFixture database)
{
    [Theory]
    [InlineData(WarehouseBackend.PostgreSql, new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })]
    [InlineData(WarehouseBackend.DuckDb, new[] { 1, 2, 4, 6, 7, 8, 9, 10, 11, 12 })]
    public void For_EachBackend_FindsItsOwnAndTheCommonScriptsInVersionOrder(WarehouseBackend backend, int[] versions)
    {
        var migrations = MigrationCatalog.For(backend);

        Assert.Equal(versions, migrations.Select(m => m.Version));
        Assert.All(migrations, m => Assert.False(string.IsNullOrWhiteSpace(m.Sql)));
    }

    [Fact]
    public void Constructor_DuplicateVersion_ThrowsArgumentException()
    {
        using var dataSource = NpgsqlDataSource.Create("Host=unused");

        Assert.Throws<ArgumentException>(() => new SchemaMigrator(dataSource, [new(1, "a", ""), new(1, "b", "")]));
    }

    [PostgresFact]
    public async Task MigrateAsync_RunTwice_RecordsEachVersionOnceAndCreatesTables()
    {
        var dataSource = await database.NewSchemaAsync();
        var migrator = new SchemaMigrator(dataSource);

        await migrator.MigrateAsync();
        await migrator.MigrateAsync();

        Assert.Equal(MigrationCatalog.For(WarehouseBackend.PostgreSql).Count, await ScalarAsync<long>(dataSource, "SELECT count(*) FROM schema_version"));
        Assert.Equal(0L, await ScalarAsync<long>(dataSource, "SELECT count(*) FROM documents"));
    }

    [PostgresFact]
    public async Task MigrateAsync_FailingMigration_RollsBackEverything()
    {
        var dataSource = await database.NewSchemaAsync();
        var migrator = new SchemaMigrator(dataSource, [new(1, "ok", "CREATE TABLE t (x int)"), new(2, "bad", "SELECT no_such_column FROM t")]);

        await Assert.ThrowsAsync<PostgresException>(() => migrator.MigrateAsync());

        Assert.Null(await ScalarAsync<string>(dataSource, "SELECT to_regclass('t')::text"));
        Assert.Null(await ScalarAsync<string>(dataSource, "SELECT to_regclass('schema_version')::text"));
    }

    [PostgresFact]
    public async Task MigrateAsync_DatabaseNewerThanBuild_Throws()
    {
        var dataSource = await database.NewSchemaAsync();
        await new SchemaMigrator(dataSource, [new(1, "one", "SELECT 1"), new(2, "two", "SELECT 1")]).MigrateAsync();

        var older = new SchemaMigrator(dataSource, [new(1, "one", "SELECT 1")]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => older.MigrateAsync());
    }

    internal static async Task<T?> ScalarAsync<T>(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }
}
