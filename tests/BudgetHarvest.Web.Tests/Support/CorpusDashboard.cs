using BudgetHarvest.Core.Extraction;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Testing;
using BudgetHarvest.Validation;
using BudgetHarvest.Warehouse.DuckDb;

namespace BudgetHarvest.Web.Tests.Support;

/// <summary>
/// The real documents of <c>fixtures/wide</c> (ten template families, refused notices, a scanned
/// report, a 决算, a narrative-only budget) and <c>fixtures/real</c> (Xi'an), extracted and validated
/// as the pipeline does and loaded into a DuckDB warehouse, each with a percent-encoded source URL
/// as a crawler records it. Shared by the tests of the <see cref="CorpusDashboardCollection"/>; they only read it.
/// </summary>
public sealed class CorpusDashboard : IAsyncLifetime
{
    /// <summary>Where the sources are said to come from; the file name is appended percent-encoded.</summary>
    public const string SourceBase = "https://budget.example.cn/2026/";

    private DashboardData? _data;

    internal DashboardData Data => _data ?? throw new InvalidOperationException("Not loaded yet.");

    /// <summary>Every PDF loaded, wide first.</summary>
    public static IReadOnlyList<string> Pdfs { get; } =
        [.. Fixtures.WideNames().Select(n => Fixtures.Wide(n + ".pdf")), .. Fixtures.RealNames().Select(n => Fixtures.Real(n + ".pdf"))];

    /// <summary>The source URL a PDF was loaded with.</summary>
    public static string SourceOf(string pdf) => SourceBase + Uri.EscapeDataString(Path.GetFileName(pdf));

    public async Task InitializeAsync()
    {
        var data = DashboardData.Empty();
        var extractor = new BudgetExtractor();
        var validator = new DocumentValidator();
        await using (var warehouse = new DuckDbWarehouse(data.DuckDbPath))
        {
            foreach (var pdf in Pdfs)
            {
                var document = await extractor.ExtractFileAsync(pdf);
                if (!document.HasErrors)
                {
                    validator.ValidateInto(document);
                }

                await warehouse.LoadAsync(document, new DocumentProvenance(SourceOf(pdf), DateTimeOffset.UtcNow));
            }
        }

        _data = data;
    }

    public Task DisposeAsync()
    {
        _data?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class CorpusDashboardCollection : ICollectionFixture<CorpusDashboard>
{
    public const string Name = "corpus dashboard";
}
