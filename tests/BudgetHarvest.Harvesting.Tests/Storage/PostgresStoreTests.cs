using System.Security.Cryptography;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Harvesting.Storage;
using BudgetHarvest.Harvesting.Storage.Postgres;
using BudgetHarvest.Harvesting.Tests.Support;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Harvesting.Tests.Storage;

/// <summary>The PostgreSQL harvest stores against a real server, each test in a schema of its own.</summary>
public sealed class PostgresStoreTests : IAsyncLifetime
{
    // Small, so a fixture PDF spans many rows and chunk boundaries are crossed mid-write.
    private const int ChunkBytes = 4096;

    private PostgresSchema? _schema;
    private HarvestStoreDatabase? _database;

    private PostgresSchema Schema => _schema!;

    private HarvestStoreDatabase Database => _database!;

    public async Task InitializeAsync()
    {
        if (TestPostgres.ConnectionString is null && !TestPostgres.IsCi)
        {
            return; // The facts are skipped.
        }

        _schema = await PostgresSchema.CreateAsync("store");
        _database = new HarvestStoreDatabase(_schema.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }

    [PostgresFact]
    public async Task OpenRead_PdfWrittenInUnevenPieces_ReturnsTheSameBytesUnderTheirSha256()
    {
        var store = new PostgresBlobStore(Database, ChunkBytes);
        var pdf = await File.ReadAllBytesAsync(Fixtures.Public("0000-baoji-bigdata-2023.pdf"));

        StoredBlob stored;
        await using (var writer = store.BeginWrite())
        {
            for (var offset = 0; offset < pdf.Length; offset += 1000)
            {
                await writer.WriteAsync(pdf.AsMemory(offset, Math.Min(1000, pdf.Length - offset)));
            }

            stored = await writer.CommitAsync();
        }

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), stored.Sha256);
        Assert.True(stored.IsNew);
        Assert.True(store.Contains(stored.Sha256));
        await using var read = store.OpenRead(stored.Sha256);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(pdf, copy.ToArray());
        Assert.Equal((pdf.Length + ChunkBytes - 1) / ChunkBytes, (int)await Schema.ScalarAsync<long>("SELECT count(*) FROM harvest_blob_chunks"));
    }

    [PostgresFact]
    public async Task CommitAsync_SameBytesTwice_StoresOneBlob()
    {
        var store = new PostgresBlobStore(Database, ChunkBytes);

        var first = await WriteAsync(store, "%PDF-1.7 same"u8.ToArray());
        var second = await WriteAsync(store, "%PDF-1.7 same"u8.ToArray());

        Assert.True(first.IsNew);
        Assert.False(second.IsNew);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal(1L, await Schema.ScalarAsync<long>("SELECT count(*) FROM harvest_blobs"));
        Assert.Equal(1L, await Schema.ScalarAsync<long>("SELECT count(*) FROM harvest_blob_chunks"));
    }

    [PostgresFact]
    public async Task CommitAsync_SameBytesFromTwoWritersAtOnce_OneIsNewAndOneCopyIsKept()
    {
        var store = new PostgresBlobStore(Database, ChunkBytes);
        var bytes = new byte[3 * ChunkBytes];
        Random.Shared.NextBytes(bytes);
        await using var a = store.BeginWrite();
        await using var b = store.BeginWrite();
        await a.WriteAsync(bytes);
        await b.WriteAsync(bytes);

        var results = await Task.WhenAll(a.CommitAsync(), b.CommitAsync());

        Assert.Single(results, r => r.IsNew);
        Assert.Equal(3L, await Schema.ScalarAsync<long>("SELECT count(*) FROM harvest_blob_chunks"));
    }

    [PostgresFact]
    public async Task DisposeAsync_Uncommitted_LeavesNothingBehind()
    {
        var store = new PostgresBlobStore(Database, ChunkBytes);

        await using (var writer = store.BeginWrite())
        {
            await writer.WriteAsync(new byte[2 * ChunkBytes + 1]);
        }

        Assert.Equal(0L, await Schema.ScalarAsync<long>("SELECT count(*) FROM harvest_blob_chunks"));
        Assert.Equal(0L, await Schema.ScalarAsync<long>("SELECT count(*) FROM harvest_blobs"));
    }

    [PostgresFact]
    public void OpenRead_UnknownSha256_ThrowsFileNotFound()
    {
        var store = new PostgresBlobStore(Database, ChunkBytes);

        Assert.False(store.Contains(new string('0', 64)));
        Assert.Throws<FileNotFoundException>(() => store.OpenRead(new string('0', 64)));
    }

    [PostgresFact]
    public async Task StagedDocuments_SaveGetDelete_RoundTripsEachStageUntilDeleted()
    {
        var staged = new PostgresStagedDocuments(Database);
        var document = BudgetJson.Deserialize(await File.ReadAllTextAsync(Fixtures.Public("0000-baoji-bigdata-2023.json")));
        var sha = document.Source.Sha256;

        await staged.SaveAsync(Stage.Extracted, document);
        await staged.SaveAsync(Stage.Extracted, document); // a job run twice replaces its output

        Assert.True(staged.Contains(Stage.Extracted, sha));
        Assert.False(staged.Contains(Stage.Validated, sha));
        var read = await staged.GetAsync(Stage.Extracted, sha);
        Assert.Equal(BudgetJson.Serialize(document), BudgetJson.Serialize(read!));
        Assert.Null(await staged.GetAsync(Stage.Validated, sha));

        await staged.DeleteAsync(sha);

        Assert.False(staged.Contains(Stage.Extracted, sha));
    }

    [PostgresFact]
    public async Task SourceStates_SetTwice_KeepsTheLatestWithItsValidators()
    {
        var states = new PostgresSourceStateStore(Database);
        const string uri = "http://www.example.gov.cn/ys/2026.pdf";
        var fetchedAt = new DateTimeOffset(2026, 3, 1, 8, 30, 0, TimeSpan.FromHours(8));

        Assert.Null(await states.GetAsync(uri));
        await states.SetAsync(new SourceState(uri, new string('a', 64), null, null, fetchedAt));
        var latest = new SourceState(uri, new string('b', 64), "\"v2\"", fetchedAt.AddDays(-1), fetchedAt.AddDays(1));
        await states.SetAsync(latest);

        var read = await states.GetAsync(uri);
        Assert.Equal(latest, read);
    }

    private static async Task<StoredBlob> WriteAsync(IBlobStore store, byte[] bytes)
    {
        await using var writer = store.BeginWrite();
        await writer.WriteAsync(bytes);
        return await writer.CommitAsync();
    }
}
