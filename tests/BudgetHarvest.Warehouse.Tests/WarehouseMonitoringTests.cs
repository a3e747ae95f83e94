using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Warehouse.Monitoring;

namespace BudgetHarvest.Warehouse.Tests;

/// <summary>The harvest run history and the unit × year coverage the dashboard's health and coverage pages read.</summary>
public abstract class WarehouseMonitoringTests : WarehouseTestBase
{
    [WarehouseFact]
    public async Task RecordRunAsync_TwoRuns_AreReadBackOldestFirstWithTheirTallies()
    {
        var first = Run("a", Clock.Now, [new HarvestTally("new", null, "西安市", 2), new HarvestTally("failed", "http_404", "上海市", 1)]);
        var second = Run("b", Clock.Now.AddHours(1), []);

        await Warehouse.RecordRunAsync(second);
        await Warehouse.RecordRunAsync(first);

        var runs = await new HarvestHistory(Warehouse).LatestAsync(10);
        Assert.Equal(["a", "b"], runs.Select(r => r.RunId));
        Assert.Equal(first with { Tallies = [] }, runs[0] with { Tallies = [] });
        Assert.Equal(first.Tallies.OrderBy(t => t.Outcome, StringComparer.Ordinal), runs[0].Tallies);
        Assert.Empty(runs[1].Tallies);
    }

    [WarehouseFact]
    public async Task RecordRunAsync_SameRunTwice_KeepsTheFirstRecord()
    {
        await Warehouse.RecordRunAsync(Run("a", Clock.Now, [new HarvestTally("new", null, null, 1)]));

        await Warehouse.RecordRunAsync(Run("a", Clock.Now, [new HarvestTally("new", null, null, 5)]));

        Assert.Equal(1, await CountAsync("SELECT count(*) FROM harvest_runs"));
        Assert.Equal(1, await CountAsync("SELECT CAST(sum(items) AS integer) FROM v_harvest_runs"));
    }

    [WarehouseFact]
    public async Task LatestAsync_MoreRunsThanAsked_GivesTheNewest()
    {
        for (var i = 0; i < 5; i++)
        {
            await Warehouse.RecordRunAsync(Run($"r{i}", Clock.Now.AddMinutes(i), []));
        }

        var runs = await new HarvestHistory(Warehouse).LatestAsync(2);

        Assert.Equal(["r3", "r4"], runs.Select(r => r.RunId));
    }

    [WarehouseFact]
    public async Task CellsAsync_GoodAndFailedVersions_CountsFetchedExtractedAndTheLatestTables()
    {
        var good = CorpusDocuments.One(CorpusDocuments.Baoji);
        var failed = CorpusDocuments.WithSha256(good, 'f');
        failed.Tables.Clear();
        failed.Issues = [ExtractionIssue.Create(IssueCodes.Timeout, IssueSeverity.Error, "Extraction did not finish.")];
        await Warehouse.LoadAsync(good);
        await Warehouse.LoadAsync(failed);
        await Warehouse.MarkReviewedAsync(good.Source.Sha256, "审核员");

        var cell = Assert.Single(await new UnitCoverage(Warehouse).CellsAsync());

        Assert.Equal((good.Document.UnitName, good.Document.Year!.Value, 2, 1), (cell.UnitName, cell.Year, cell.Fetched, cell.Extracted));
        Assert.Equal(good.Tables.Count, cell.TablesFound);
        Assert.Equal(good.Tables.Count + good.Issues.Count(i => i.Code == IssueCodes.MissingTable), cell.TablesExpected);
        Assert.True(cell.Reviewed);
    }

    [WarehouseFact]
    public async Task CellsAsync_ExtractionFailedBeforeTheYearWasRead_IsACellOfUnknownYear()
    {
        var failed = CorpusDocuments.One(CorpusDocuments.Baoji);
        failed.Tables.Clear();
        failed.Document = new DocumentMetadata();
        failed.Issues = [ExtractionIssue.Create(IssueCodes.EncryptedPdf, IssueSeverity.Error, "Encrypted.")];
        await Warehouse.LoadAsync(failed, new DocumentProvenance("file:///in/a.pdf", Clock.Now, UnitName: "铜川市统计局"));

        var cell = Assert.Single(await new UnitCoverage(Warehouse).CellsAsync());

        Assert.Equal(("铜川市统计局", (int?)null, 1, 0, (int?)null), (cell.UnitName, cell.Year, cell.Fetched, cell.Extracted, cell.TablesFound));
    }

    private static HarvestRunRecord Run(string id, DateTimeOffset startedAt, IReadOnlyList<HarvestTally> tallies) =>
        new(id, "cli", startedAt, startedAt.AddMinutes(3), 2, 3, 3, tallies.Where(t => t.Outcome == "new").Sum(t => t.Count), 0, tallies.Where(t => t.Outcome == "failed").Sum(t => t.Count), 0, tallies);
}
