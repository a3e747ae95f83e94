using BudgetHarvest.Core.Completeness;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Testing;
using BudgetHarvest.Warehouse.DuckDb;

namespace BudgetHarvest.Warehouse.Tests;

/// <summary>
/// Completeness as a status, and the review list at scale, on either backend: the yield verdict
/// stored on load and listed by the default review filter; paging with a total, sorting,
/// searching and filtering by region and kind.
/// </summary>
public abstract class WarehouseYieldTests : WarehouseTestBase
{
    [WarehouseFact]
    public async Task LoadAsync_EachYield_IsStoredAndListedForReview()
    {
        var (ok, lowYield, narrative, refused, failed) = FiveYields();
        await LoadAllAsync([ok, lowYield, narrative, refused, failed]);

        var needsReview = await Warehouse.ListDocumentsAsync(new DocumentFilter { NeedsReview = true });
        var byYield = (await Warehouse.ListDocumentsAsync()).ToDictionary(d => d.Sha256);

        Assert.Equal(YieldStatus.Ok, byYield[ok.Source.Sha256].Yield);
        Assert.Null(byYield[ok.Source.Sha256].YieldReason);
        Assert.Equal(YieldStatus.LowYield, byYield[lowYield.Source.Sha256].Yield);
        Assert.Equal(YieldStatus.NarrativeOnly, byYield[narrative.Source.Sha256].Yield);
        Assert.Equal(YieldStatus.Refused, byYield[refused.Source.Sha256].Yield);
        Assert.Equal(YieldStatus.Failed, byYield[failed.Source.Sha256].Yield);
        Assert.Equal(
            new[] { lowYield, narrative, refused, failed }.Select(d => d.Source.Sha256).Order(),
            needsReview.Select(d => d.Sha256).Order());
        Assert.All(needsReview, d => Assert.False(string.IsNullOrWhiteSpace(d.YieldReason)));
        var low = byYield[lowYield.Source.Sha256];
        Assert.Equal((2, 6), (low.Tables, low.TablesExpected));
        Assert.Contains("2 of 6 expected tables", low.YieldReason, StringComparison.Ordinal);
        Assert.Equal(new YieldAssessor().Assess(ok, byYield[ok.Source.Sha256].BudgetLines).TablesExpected, byYield[ok.Source.Sha256].TablesExpected);
    }

    [WarehouseFact]
    public async Task ListDocumentsAsync_YieldFilter_SelectsOnlyThatVerdict()
    {
        var (ok, lowYield, narrative, refused, failed) = FiveYields();
        await LoadAllAsync([ok, lowYield, narrative, refused, failed]);

        var low = await Warehouse.ListDocumentsAsync(new DocumentFilter { YieldStatuses = [YieldStatus.LowYield] });
        var okOnBothCounts = await Warehouse.ListDocumentsAsync(new DocumentFilter { Statuses = [DocumentStatus.Ok], YieldStatuses = [YieldStatus.Ok] });

        Assert.Equal(lowYield.Source.Sha256, Assert.Single(low).Sha256);
        Assert.Equal(ok.Source.Sha256, Assert.Single(okOnBothCounts).Sha256);
    }

    [WarehouseFact]
    public async Task ListDocumentsAsync_Pages_AddUpToTheTotalWithoutRepeats()
    {
        var corpus = CorpusDocuments.All();
        await LoadAllAsync(corpus);
        var filter = new DocumentFilter { Sort = DocumentSort.Unit, Descending = false, Limit = 7 };

        var total = await Warehouse.CountDocumentsAsync(filter);
        var pages = new List<DocumentSummary>();
        for (var offset = 0; offset < total; offset += filter.Limit)
        {
            pages.AddRange(await Warehouse.ListDocumentsAsync(filter with { Offset = offset }));
        }

        Assert.Equal(corpus.Count, total);
        Assert.Equal(corpus.Select(d => d.Source.Sha256).Order(), pages.Select(d => d.Sha256).Order());
        Assert.Equal(pages.Select(d => d.UnitName).Order(StringComparer.Ordinal), pages.Select(d => d.UnitName), StringComparer.Ordinal);
    }

    [WarehouseFact]
    public async Task ListDocumentsAsync_SortByLinesAndYear_OrdersEitherWay()
    {
        await LoadAllAsync(CorpusDocuments.All());

        var mostLines = await Warehouse.ListDocumentsAsync(new DocumentFilter { Sort = DocumentSort.Lines, Limit = 1000 });
        var fewestLines = await Warehouse.ListDocumentsAsync(new DocumentFilter { Sort = DocumentSort.Lines, Descending = false, Limit = 1000 });
        var oldest = await Warehouse.ListDocumentsAsync(new DocumentFilter { Sort = DocumentSort.Year, Descending = false, Limit = 1000 });

        Assert.Equal(mostLines.Select(d => d.BudgetLines).OrderDescending(), mostLines.Select(d => d.BudgetLines));
        Assert.Equal(fewestLines.Select(d => d.BudgetLines).Order(), fewestLines.Select(d => d.BudgetLines));
        Assert.True(mostLines[0].BudgetLines > mostLines[^1].BudgetLines);
        Assert.Equal(oldest.Select(d => d.Year).Order(), oldest.Select(d => d.Year));
    }

    [WarehouseFact]
    public async Task ListDocumentsAsync_SortByStatus_PutsTheWorstFirst()
    {
        var (ok, lowYield, narrative, refused, failed) = FiveYields();
        var warning = CorpusDocuments.One(CorpusDocuments.Baoji);
        await LoadAllAsync([ok, warning, lowYield, narrative, refused, failed]);

        var worstFirst = await Warehouse.ListDocumentsAsync(new DocumentFilter { Sort = DocumentSort.Status });

        Assert.Equal(
            new[] { failed, refused, narrative, lowYield, warning, ok }.Select(d => d.Source.Sha256),
            worstFirst.Select(d => d.Sha256));
    }

    [WarehouseFact]
    public async Task ListDocumentsAsync_SearchRegionAndKind_FilterAndCountAlike()
    {
        var corpus = CorpusDocuments.All();
        await LoadAllAsync(corpus);
        var someFile = corpus[3].Source.File;
        var byFile = new DocumentFilter { Search = Path.GetFileNameWithoutExtension(someFile).ToUpperInvariant() };
        var weinanDepartments = new DocumentFilter { Region = "渭南", Kind = "department_budget" };
        var byUnit = new DocumentFilter { Search = "图书馆" };

        var file = await Warehouse.ListDocumentsAsync(byFile);
        var departments = await Warehouse.ListDocumentsAsync(weinanDepartments);
        var libraries = await Warehouse.ListDocumentsAsync(byUnit);

        Assert.Equal(someFile, Assert.Single(file).File);
        Assert.Equal(corpus.Count(d => d.Document.Region == "渭南市" && d.Document.Kind == DisclosureKind.DepartmentBudget), departments.Count);
        Assert.NotEmpty(departments);
        Assert.All(departments, d => Assert.Equal(("渭南市", "department_budget"), (d.Region, d.Kind)));
        Assert.Equal(corpus.Count(d => d.Document.UnitName?.Contains("图书馆", StringComparison.Ordinal) == true), libraries.Count);
        Assert.NotEmpty(libraries);
        Assert.Equal(departments.Count, await Warehouse.CountDocumentsAsync(weinanDepartments with { Limit = 0 }));
        Assert.Equal(libraries.Count, await Warehouse.CountDocumentsAsync(byUnit));
    }

    /// <summary>
    /// One document of each verdict: the seed's truth without issues (ok), the same with only two
    /// tables (low yield), the real Beijing narrative-only budget and the real Hangzhou notice, and a
    /// timed-out extraction (failed).
    /// </summary>
    private static (BudgetDocument Ok, BudgetDocument LowYield, BudgetDocument Narrative, BudgetDocument Refused, BudgetDocument Failed) FiveYields()
    {
        var ok = CorpusDocuments.WithSha256(CorpusDocuments.One(CorpusDocuments.Baoji), 'a');
        ok.Issues.Clear();
        var lowYield = CorpusDocuments.WithSha256(ok, 'b');
        lowYield.Tables.RemoveAll(t => t.Kind is not (TableKind.Summary or TableKind.IncomeByUnit));
        lowYield.Tables.RemoveRange(2, lowYield.Tables.Count - 2);
        var narrative = Real("053-002_北京-2026年北京市退役军人事务局部门预算.pdf", 'c');
        var refused = Real("149-008_杭州-2026年杭州市政府办公厅部门预算.pdf", 'd');
        var failed = new BudgetDocument
        {
            Source = new SourceInfo { File = "timed-out.pdf", Sha256 = new string('e', 64), Pages = 0 },
            Issues = [ExtractionIssue.Create(IssueCodes.Timeout, IssueSeverity.Error, "Extraction took longer than 0 s and was abandoned.")],
        };
        return (ok, lowYield, narrative, refused, failed);
    }

    private static BudgetDocument Real(string file, char fill)
    {
        var document = BudgetJson.Deserialize(File.ReadAllText(Path.ChangeExtension(Fixtures.Wide(file), ".json")));
        document.Source.Sha256 = new string(fill, 64);
        return document;
    }
}

public sealed class DuckDbWarehouseYieldTests : WarehouseYieldTests
{
    private protected override Task<DocumentWarehouse> CreateWarehouseAsync() => Task.FromResult<DocumentWarehouse>(new DuckDbWarehouse(Path.Combine(TempFolder, "data", "warehouse.duckdb"), Clock));
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresWarehouseYieldTests(PostgresDatabaseFixture database) : WarehouseYieldTests, IPostgresBacked
{
    private protected override Task<DocumentWarehouse> CreateWarehouseAsync() => database.NewWarehouseAsync(Clock);
}
