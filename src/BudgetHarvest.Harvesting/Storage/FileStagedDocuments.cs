using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;

namespace BudgetHarvest.Harvesting.Storage;

/// <summary>Staged documents as <c>staged/SHA.extracted.json</c> and <c>staged/SHA.validated.json</c>.</summary>
public sealed class FileStagedDocuments : IStagedDocuments
{
    private readonly string _folder;

    public FileStagedDocuments(string folder)
    {
        _folder = Path.Combine(folder, "staged");
        Directory.CreateDirectory(_folder);
    }

    public Task SaveAsync(Stage stage, BudgetDocument document, CancellationToken cancellationToken = default) =>
        AtomicFile.WriteAsync(PathOf(stage, document.Source.Sha256), System.Text.Encoding.UTF8.GetBytes(BudgetJson.Serialize(document)), cancellationToken);

    public bool Contains(Stage stage, string sha256) => File.Exists(PathOf(stage, sha256));

    public async Task<BudgetDocument?> GetAsync(Stage stage, string sha256, CancellationToken cancellationToken = default)
    {
        try
        {
            return BudgetJson.Deserialize(await File.ReadAllTextAsync(PathOf(stage, sha256), cancellationToken).ConfigureAwait(false));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    public Task DeleteAsync(string sha256, CancellationToken cancellationToken = default)
    {
        foreach (var stage in Enum.GetValues<Stage>())
        {
            File.Delete(PathOf(stage, sha256));
        }

        return Task.CompletedTask;
    }

    private string PathOf(Stage stage, string sha256) =>
        Path.Combine(_folder, $"{sha256}.{stage.ToString().ToLowerInvariant()}.json");
}
