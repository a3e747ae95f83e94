using System.Text.Json.Nodes;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Testing;
using BudgetHarvest.Warehouse.DuckDb;

namespace BudgetHarvest.Warehouse.Tests;

/// <summary>
/// The dashboard's review queries and the replace path of a retried extraction, on either backend:
/// several statuses at once, issue counts per code, each document's leading issue, and a
/// re-extraction replacing the stored one of the same SHA-256.
/// </summary>
public abstract class WarehouseReviewTests : WarehouseTestBase
{
    private static readonly DateTimeOffset Fetched = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [WarehouseFact]
    public async Task ListDocumentsAsync_Statuses_SelectsEachOfThem()
    {
        var (ok, warning, failed) = ThreeStatuses();
        await LoadAllAsync([ok, warning, failed]);

        var attention = await Warehouse.ListDocumentsAsync(new DocumentFilter { Statuses = [DocumentStatus.Failed, DocumentStatus.Warning] });
        var okOnly = await Warehouse.ListDocumentsAsync(new DocumentFilter { Statuses = [DocumentStatus.Ok] });

        Assert.Equal(new[] { warning.Source.Sha256, failed.Source.Sha256 }.Order(), attention.Select(d => d.Sha256).Order());
        Assert.Equal(ok.Source.Sha256, Assert.Single(okOnly).Sha256);
    }

    [WarehouseFact]
    public async Task CountIssuesAsync_Corpus_CountsDocumentsAndOccurrencesPerCode()
    {
        var corpus = CorpusDocuments.All();
        var (_, _, failed) = ThreeStatuses();
        corpus.Add(failed);
        await LoadAllAsync(corpus);

        var counts = await Warehouse.CountIssuesAsync();
        var failedCounts = await Warehouse.CountIssuesAsync(new DocumentFilter { Status = DocumentStatus.Failed });

        var expected = corpus.SelectMany(d => d.Issues.Select(i => (d.Source.Sha256, i.Code, i.Severity)))
            .GroupBy(x => (x.Code, x.Severity))
            .Select(g => new IssueCodeCount(g.Key.Code, g.Key.Severity, g.Select(x => x.Sha256).Distinct().Count(), g.Count()))
            .OrderBy(c => c.Code, StringComparer.Ordinal).ThenBy(c => c.Severity);
        Assert.Equal(expected, counts.OrderBy(c => c.Code, StringComparer.Ordinal).ThenBy(c => c.Severity));
        Assert.Equal(IssueSeverity.Error, counts[0].Severity);
        Assert.Equal(new IssueCodeCount(IssueCodes.Timeout, IssueSeverity.Error, 1, 1), Assert.Single(failedCounts));
    }

    [WarehouseFact]
    public async Task LeadingIssuesAsync_ReturnsTheFirstErrorElseTheFirstWarning()
    {
        var (ok, warning, failed) = ThreeStatuses();
        failed.Issues.Insert(0, ExtractionIssue.Create(IssueCodes.SumMismatch, IssueSeverity.Warning, "表1 总计 differs."));
        await LoadAllAsync([ok, warning, failed]);

        var leading = await Warehouse.LeadingIssuesAsync([ok.Source.Sha256, warning.Source.Sha256, failed.Source.Sha256]);

        Assert.False(leading.ContainsKey(ok.Source.Sha256));
        Assert.Equal(IssueCodes.Timeout, leading[failed.Source.Sha256].Issue.Code);
        Assert.Equal(2, leading[failed.Source.Sha256].Ordinal);
        var firstWarning = warning.Issues.First(i => i.Severity == IssueSeverity.Warning);
        Assert.Equal((firstWarning.Code, firstWarning.Message), (leading[warning.Source.Sha256].Issue.Code, leading[warning.Source.Sha256].Issue.Message));
        Assert.Empty(await Warehouse.LeadingIssuesAsync([]));
    }

    [WarehouseFact]
    public async Task ReplaceAsync_FailedExtraction_IsReplacedKeepingProvenanceAndClearingReview()
    {
        var good = CorpusDocuments.One(CorpusDocuments.Baoji);
        var timedOut = TimedOut(good);
        var provenance = new DocumentProvenance("https://example.gov.cn/a.pdf", Fetched, UnitCode: "621002", UnitName: "宝鸡市大数据管理中心", Region: "宝鸡市");
        await Warehouse.LoadAsync(timedOut, provenance);
        await Warehouse.MarkReviewedAsync(timedOut.Source.Sha256, "li.wei");
        Clock.Advance(TimeSpan.FromHours(2));

        var result = await Warehouse.ReplaceAsync(good);

        Assert.Equal(LoadOutcome.Replaced, result.Outcome);
        var summary = await Warehouse.FindDocumentAsync(good.Source.Sha256);
        Assert.Equal(DocumentStatuses.Of(good), summary!.Status);
        Assert.Equal(2023, summary.Year);
        Assert.Equal("https://example.gov.cn/a.pdf", summary.SourceUri);
        Assert.Equal(Fetched, summary.FetchedAt);
        Assert.Equal("621002", summary.UnitCode);
        Assert.Equal(Clock.Now, summary.LoadedAt);
        Assert.Null(summary.ReviewedAt);
        Assert.True(summary.IsLatest);
        Assert.Equal(good.Issues.Count, (await Warehouse.ListIssuesAsync(good.Source.Sha256)).Count);
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM documents"));
        Assert.Equal(good.Tables.Count, await CountAsync("SELECT count(*) FROM document_tables"));
        Assert.Equal(result.BudgetLines, await CountAsync("SELECT count(*) FROM budget_lines"));
        Assert.Equal(good.Issues.Count, await CountAsync("SELECT count(*) FROM issues"));
    }

    [WarehouseFact]
    public async Task ReplaceAsync_Twice_LeavesOneCopyOfEveryFact()
    {
        var good = CorpusDocuments.One(CorpusDocuments.Baoji);
        var first = await Warehouse.LoadAsync(good);
        var expected = await FactCountsAsync();

        await Warehouse.ReplaceAsync(CorpusDocuments.One(CorpusDocuments.Baoji));
        var second = await Warehouse.ReplaceAsync(CorpusDocuments.One(CorpusDocuments.Baoji));

        Assert.Equal(LoadOutcome.Replaced, second.Outcome);
        Assert.Equal(first.BudgetLines, second.BudgetLines);
        Assert.Equal(expected, await FactCountsAsync());
        var stored = await Warehouse.GetDocumentAsync(good.Source.Sha256);
        Assert.Null(JsonTree.FirstDifference(JsonNode.Parse(BudgetJson.Serialize(good)), JsonNode.Parse(BudgetJson.Serialize(stored!))));
    }

    [WarehouseFact]
    public async Task ReplaceAsync_NothingStored_InsertsTheDocument()
    {
        var good = CorpusDocuments.One(CorpusDocuments.Baoji);

        var result = await Warehouse.ReplaceAsync(good);

        Assert.Equal(LoadOutcome.Inserted, result.Outcome);
        Assert.True(await Warehouse.ContainsAsync(good.Source.Sha256));
        Assert.Null((await Warehouse.FindDocumentAsync(good.Source.Sha256))!.SourceUri);
    }

    [WarehouseFact]
    public async Task ReplaceAsync_LatestVersionFailsOnReextraction_TheOlderVersionIsLatestAgain()
    {
        var older = CorpusDocuments.WithSha256(CorpusDocuments.One(CorpusDocuments.Baoji), 'b');
        var newer = CorpusDocuments.One(CorpusDocuments.Baoji);
        await Warehouse.LoadAsync(older, new DocumentProvenance("https://example.gov.cn/old.pdf", Fetched.AddMonths(-2)));
        await Warehouse.LoadAsync(newer, new DocumentProvenance("https://example.gov.cn/new.pdf", Fetched));

        // The re-extraction of the newer PDF fails before it reads the unit or year.
        await Warehouse.ReplaceAsync(TimedOut(newer));

        Assert.False((await Warehouse.FindDocumentAsync(newer.Source.Sha256))!.IsLatest);
        Assert.True((await Warehouse.FindDocumentAsync(older.Source.Sha256))!.IsLatest);
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM documents WHERE is_latest"));
    }

    [WarehouseFact]
    public async Task ReplaceAsync_BadAmount_FailsAndKeepsTheStoredVersion()
    {
        var good = CorpusDocuments.One(CorpusDocuments.Baoji);
        await Warehouse.LoadAsync(TimedOut(good));
        var expected = await FactCountsAsync();
        good.Tables.Last(t => t.Kind != TableKind.Performance && t.Rows.Count > 0 && t.Measure == Measures.WanYuan).Rows[^1].Set(RowFields.Total, decimal.MaxValue);

        await Assert.ThrowsAsync<InvalidDataException>(() => Warehouse.ReplaceAsync(good));

        Assert.Equal(DocumentStatus.Failed, (await Warehouse.FindDocumentAsync(good.Source.Sha256))!.Status);
        Assert.Equal(expected, await FactCountsAsync());
    }

    /// <summary>What an extraction that ran out of time stores: no metadata, no tables, one error.</summary>
    private static BudgetDocument TimedOut(BudgetDocument document) => new()
    {
        Source = new SourceInfo { File = document.Source.File, Sha256 = document.Source.Sha256, Pages = 0 },
        Issues = [ExtractionIssue.Create(IssueCodes.Timeout, IssueSeverity.Error, "Extraction took longer than 0 s and was abandoned.")],
    };

    /// <summary>A document without issues, one with the seed document's warnings, and one that timed out, each its own PDF.</summary>
    private static (BudgetDocument Ok, BudgetDocument Warning, BudgetDocument Failed) ThreeStatuses()
    {
        var warning = CorpusDocuments.One(CorpusDocuments.Baoji);
        Assert.Equal(DocumentStatus.Warning, DocumentStatuses.Of(warning));
        var ok = CorpusDocuments.WithSha256(warning, 'a');
        ok.Issues.Clear();
        return (ok, warning, TimedOut(CorpusDocuments.WithSha256(warning, 'f')));
    }

    private async Task<string> FactCountsAsync()
    {
        var counts = new List<string>();
        foreach (var table in new[] { "documents", "document_tables", "budget_lines", "sections", "issues", "performance_indicators", "performance_projects", "procurement_items" })
        {
            counts.Add($"{table}={await CountAsync($"SELECT count(*) FROM {table}")}");
        }

        return string.Join(", ", counts);
    }
}

public sealed class DuckDbWarehouseReviewTests : WarehouseReviewTests
{
    private protected override Task<DocumentWarehouse> CreateWarehouseAsync() => Task.FromResult<DocumentWarehouse>(new DuckDbWarehouse(Path.Combine(TempFolder, "data", "warehouse.duckdb"), Clock));
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresWarehouseReviewTests(PostgresDatabaseFixture database) : WarehouseReviewTests, IPostgresBacked
{
    private protected override Task<DocumentWarehouse> CreateWarehouseAsync() => database.NewWarehouseAsync(Clock);
}
