using BudgetHarvest.Harvesting.Storage;
using BudgetHarvest.Harvesting.Tests.Support;

namespace BudgetHarvest.Harvesting.Tests.Storage;

public sealed class FileBlobStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task CommitAsync_SameBytesTwice_StoresOneBlob()
    {
        var store = new FileBlobStore(_folder.Path);

        var first = await WriteAsync(store, "%PDF-1.7 same"u8.ToArray());
        var second = await WriteAsync(store, "%PDF-1.7 same"u8.ToArray());

        Assert.True(first.IsNew);
        Assert.False(second.IsNew);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Single(Directory.GetFiles(Path.Combine(_folder.Path, "blobs"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task DisposeAsync_Uncommitted_LeavesNothingBehind()
    {
        var store = new FileBlobStore(_folder.Path);

        await using (var writer = store.BeginWrite())
        {
            await writer.WriteAsync("%PDF-1.7 abandoned"u8.ToArray());
        }

        Assert.Empty(Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories));
    }

    private static async Task<StoredBlob> WriteAsync(FileBlobStore store, byte[] bytes)
    {
        await using var writer = store.BeginWrite();
        await writer.WriteAsync(bytes);
        return await writer.CommitAsync();
    }
}
