using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BudgetHarvest.Harvesting.Storage;

/// <summary>Source states as small JSON files named by the SHA-256 of the URL.</summary>
public sealed class FileSourceStateStore : ISourceStateStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _folder;

    public FileSourceStateStore(string folder)
    {
        _folder = Path.Combine(folder, "sources");
        Directory.CreateDirectory(_folder);
    }

    public async Task<SourceState?> GetAsync(string sourceUri, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var file = File.OpenRead(PathOf(sourceUri));
            var state = await JsonSerializer.DeserializeAsync<SourceState>(file, Json, cancellationToken).ConfigureAwait(false);
            return state?.SourceUri == sourceUri ? state : null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (JsonException)
        {
            // A damaged state file only costs an unconditional fetch.
            return null;
        }
    }

    public Task SetAsync(SourceState state, CancellationToken cancellationToken = default) =>
        AtomicFile.WriteAsync(PathOf(state.SourceUri), JsonSerializer.SerializeToUtf8Bytes(state, Json), cancellationToken);

    private string PathOf(string sourceUri) =>
        Path.Combine(_folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourceUri))) + ".json");
}
