using System.Text.Json.Nodes;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Testing;
using Npgsql;

namespace BudgetHarvest.Warehouse.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDocumentStoreTests(PostgresDatabaseFixture database)
{
    private const string CorpusDocument = "0000-baoji-bigdata-2023.json";

    [PostgresFact]
    public async Task GetAsync_SavedCorpusDocument_ReturnsEqualDocument()
    {
        var (store, _) = await NewStoreAsync();
        var original = LoadCorpusDocument();

        Assert.True(await store.SaveAsync(original));
        var loaded = await store.GetAsync(original.Source.Sha256);

        Assert.NotNull(loaded);
        var difference = JsonTree.FirstDifference(JsonNode.Parse(BudgetJson.Serialize(original)), JsonNode.Parse(BudgetJson.Serialize(loaded)));
        Assert.True(difference is null, $"The stored document differs at {difference}");
    }

    [PostgresFact]
    public async Task SaveAsync_CorpusDocument_FillsMetadataColumns()
    {
        var (store, dataSource) = await NewStoreAsync();
        var document = LoadCorpusDocument();

        await store.SaveAsync(document);

        await using var command = dataSource.CreateCommand("SELECT unit_name, year, kind, region, department, unit_code, file, pages FROM documents");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(document.Document.UnitName, reader.GetString(0));
        Assert.Equal(document.Document.Year, reader.GetInt32(1));
        Assert.Equal("unit_budget", reader.GetString(2));
        Assert.Equal(document.Document.Region, reader.GetString(3));
        Assert.Equal(document.Document.Department, reader.GetString(4));
        Assert.Equal(document.Document.UnitCode, reader.GetString(5));
        Assert.Equal(document.Source.File, reader.GetString(6));
        Assert.Equal(document.Source.Pages, reader.GetInt32(7));
    }

    [PostgresFact]
    public async Task SaveAsync_SameSha256Twice_KeepsOneUnchangedRow()
    {
        var (store, dataSource) = await NewStoreAsync();
        var document = LoadCorpusDocument();
        var originalName = document.Document.UnitName;

        var first = await store.SaveAsync(document);
        document.Document.UnitName = "改过的名字";
        var second = await store.SaveAsync(document);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(1L, await SchemaMigratorTests.ScalarAsync<long>(dataSource, "SELECT count(*) FROM documents"));
        Assert.Equal(originalName, (await store.GetAsync(document.Source.Sha256))!.Document.UnitName);
    }

    [PostgresFact]
    public async Task GetAsync_UnknownSha256_ReturnsNull()
    {
        var (store, _) = await NewStoreAsync();

        Assert.Null(await store.GetAsync(new string('0', 64)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("254F13427DF1CB54FA55D6E739822866662253D13C2319EB6FCBFEAD6F7D8519")]
    [InlineData("not-a-hash")]
    public async Task SaveAsync_MalformedSha256_ThrowsArgumentException(string sha256)
    {
        // Validation precedes any connection, so no server is needed.
        await using var dataSource = NpgsqlDataSource.Create("Host=unused");
        var store = new PostgresDocumentStore(dataSource);

        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(new BudgetDocument { Source = new SourceInfo { Sha256 = sha256 } }));
    }

    private static BudgetDocument LoadCorpusDocument() =>
        BudgetJson.Deserialize(File.ReadAllText(Fixtures.Public(CorpusDocument)));

    private async Task<(PostgresDocumentStore Store, NpgsqlDataSource DataSource)> NewStoreAsync()
    {
        var dataSource = await database.NewSchemaAsync();
        var store = new PostgresDocumentStore(dataSource);
        await store.EnsureSchemaAsync();
        return (store, dataSource);
    }
}
