using System.Text.Json.Nodes;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Warehouse.Tests;

/// <summary>What the dashboard needs, on either backend: list by status and issue, read back, review, failures.</summary>
public abstract class WarehouseCatalogTests : WarehouseTestBase
{
    [WarehouseFact]
    public async Task GetDocumentAsync_LoadedDocument_ReturnsEqualDocument()
    {
        var original = CorpusDocuments.One(CorpusDocuments.Baoji);
        await Warehouse.LoadAsync(original);

        var loaded = await Warehouse.GetDocumentAsync(original.Source.Sha256);

        Assert.NotNull(loaded);
        var difference = JsonTree.FirstDifference(JsonNode.Parse(BudgetJson.Serialize(original)), JsonNode.Parse(BudgetJson.Serialize(loaded)));
        Assert.True(difference is null, $"The stored document differs at {difference}");
    }

    [WarehouseFact]
    public async Task GetDocumentAsync_UnknownSha256_ReturnsNull()
    {
        Assert.Null(await Warehouse.GetDocumentAsync(new string('0', 64)));
        Assert.Null(await Warehouse.FindDocumentAsync(new string('0', 64)));
        Assert.False(await Warehouse.ContainsAsync(new string('0', 64)));
    }

    [WarehouseFact]
    public async Task ListDocumentsAsync_CorpusWithWarnings_FiltersByStatusIssueAndUnit()
    {
        var corpus = CorpusDocuments.All();
        await LoadAllAsync(corpus);
        var withWarnings = corpus.Where(d => DocumentStatuses.Of(d) == DocumentStatus.Warning).Select(d => d.Source.Sha256).Order().ToList();
        var withSumMismatch = corpus.Where(d => d.Issues.Exists(i => i.Code == IssueCodes.SumMismatch)).Select(d => d.Source.Sha256).Order().ToList();

        var warned = await Warehouse.ListDocumentsAsync(new DocumentFilter { Status = DocumentStatus.Warning, Limit = 1000 });
        var mismatched = await Warehouse.ListDocumentsAsync(new DocumentFilter { IssueCode = IssueCodes.SumMismatch, Limit = 1000 });
        var baoji = await Warehouse.ListDocumentsAsync(new DocumentFilter { UnitNameContains = "宝鸡市大数据", LatestOnly = true });
        var page = await Warehouse.ListDocumentsAsync(new DocumentFilter { Limit = 5, Offset = 5 });

        Assert.NotEmpty(withWarnings);
        Assert.Equal(withWarnings, warned.Select(d => d.Sha256).Order());
        Assert.Equal(withSumMismatch, mismatched.Select(d => d.Sha256).Order());
        Assert.Equal("宝鸡市大数据管理中心", Assert.Single(baoji).UnitName);
        Assert.Equal(5, page.Count);
        Assert.All(warned, d => Assert.True(d.WarningCount > 0));
    }

    [WarehouseFact]
    public async Task ListIssuesAsync_DocumentWithIssues_ReturnsThemInOrder()
    {
        var document = CorpusDocuments.One(CorpusDocuments.Baoji);
        await Warehouse.LoadAsync(document);

        var issues = await Warehouse.ListIssuesAsync(document.Source.Sha256);

        Assert.Equal(document.Issues.Count, issues.Count);
        Assert.Equal(Enumerable.Range(1, issues.Count), issues.Select(i => i.Ordinal));
        Assert.Equal(document.Issues.Select(i => (i.Code, i.Severity, i.Table, i.Message)), issues.Select(i => (i.Issue.Code, i.Issue.Severity, i.Issue.Table, i.Issue.Message)));
    }

    [WarehouseFact]
    public async Task MarkReviewedAsync_LoadedDocument_RecordsWhenAndWho()
    {
        var document = CorpusDocuments.One(CorpusDocuments.Baoji);
        await Warehouse.LoadAsync(document);
        Clock.Advance(TimeSpan.FromMinutes(30));

        var marked = await Warehouse.MarkReviewedAsync(document.Source.Sha256, "li.wei");
        var unknown = await Warehouse.MarkReviewedAsync(new string('9', 64));

        Assert.True(marked);
        Assert.False(unknown);
        var summary = await Warehouse.FindDocumentAsync(document.Source.Sha256);
        Assert.Equal(Clock.Now, summary!.ReviewedAt);
        Assert.Equal("li.wei", summary.ReviewedBy);
        Assert.Equal(Clock.Now - TimeSpan.FromMinutes(30), summary.LoadedAt);
        Assert.Single(await Warehouse.ListDocumentsAsync(new DocumentFilter { Reviewed = true }));
        Assert.Empty(await Warehouse.ListDocumentsAsync(new DocumentFilter { Reviewed = false }));
    }

    [WarehouseFact]
    public async Task RecordSourceFailureAsync_TwoFailures_ListedNewestFirst()
    {
        var at = new DateTimeOffset(2026, 11, 1, 9, 30, 0, TimeSpan.FromHours(8));
        await Warehouse.RecordSourceFailureAsync(new SourceFailure("https://example.gov.cn/a.pdf", "http_404", "Not found.", at, "621002", "宝鸡市大数据管理中心"));
        await Warehouse.RecordSourceFailureAsync(new SourceFailure("https://example.gov.cn/b.pdf", "not_a_pdf", "An HTML page.", at.AddMinutes(1)));

        var failures = await Warehouse.ListSourceFailuresAsync();

        Assert.Equal(["not_a_pdf", "http_404"], failures.Select(f => f.Failure.Code));
        Assert.True(failures[0].Id > failures[1].Id);
        Assert.Equal(new SourceFailure("https://example.gov.cn/a.pdf", "http_404", "Not found.", at, "621002", "宝鸡市大数据管理中心"), failures[1].Failure);
        Assert.Equal(Clock.Now, failures[1].RecordedAt);
    }

    [WarehouseFact]
    public async Task RecordSourceFailureAsync_NoCode_ThrowsArgumentException()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Warehouse.RecordSourceFailureAsync(new SourceFailure("https://example.gov.cn/a.pdf", " ", "?", Clock.Now)));
    }
}
