using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Fetching;
using BudgetHarvest.Harvesting.Jobs;

namespace BudgetHarvest.Harvesting.Tests.Jobs;

public sealed class HarvestJournalHistoryTests
{
    [Fact]
    public void History_RunWithOutcomesInTwoCities_TalliesByOutcomeCodeAndRegion()
    {
        var journal = new HarvestJournal();
        journal.Begin("run", sources: 2);
        journal.SourceDiscovered("run", documents: 3);
        journal.SourceFailed("run", "https://a.gov.cn/list", "http_404", "Not found", "西安市");
        journal.DocumentLoaded("run", LoadOutcome.Inserted, null, "西安市");
        journal.DocumentFetched("run", FetchStatus.NotModified, alreadyLoaded: true, "上海市");
        journal.DocumentFailed("run", "https://b.gov.cn/x.pdf", "not_a_pdf", "Not a PDF", null);

        var run = journal.History("run", HarvestRunRecorder.CliTrigger)!;

        Assert.Equal((2, 3, 1, 1, 2, 0), (run.Sources, run.Documents, run.New, run.Unchanged, run.Failed, run.Outstanding));
        Assert.Equal(
            [new HarvestTally("failed", "http_404", "西安市", 1), new HarvestTally("failed", "not_a_pdf", null, 1), new HarvestTally("new", null, "西安市", 1), new HarvestTally("unchanged", null, "上海市", 1)],
            run.Tallies);
        Assert.Equal("cli", run.Trigger);
        Assert.True(run.FinishedAt >= run.StartedAt);
    }

    [Fact]
    public void History_UnknownRun_IsNull() => Assert.Null(new HarvestJournal().History("nope", HarvestRunRecorder.WebTrigger));

    [Fact]
    public void History_ExtractionFailureOfALoadedDocument_CountsAsFailedWithItsCode()
    {
        var journal = new HarvestJournal();
        journal.Begin("run", sources: 1);
        journal.SourceDiscovered("run", documents: 1);

        journal.DocumentLoaded("run", LoadOutcome.Inserted, new HarvestFailure("x.pdf", "encrypted_pdf", "Encrypted"), "宝鸡市");

        Assert.Equal([new HarvestTally("failed", "encrypted_pdf", "宝鸡市", 1)], journal.History("run", "cli")!.Tallies);
    }
}
