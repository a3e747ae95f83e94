using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Narrative;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Extraction.Sandbox.Tests;

public sealed class SandboxedExtractorTests : IDisposable
{
    private static readonly ExtractionOptions Headings = new() { SectionClassifier = new HeadingRulesClassifier() };

    private readonly SandboxedExtractor _sandbox = new(new SandboxOptions { PoolSize = 1 }, SandboxSettings.From(Headings));

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task ExtractAsync_SelfReferencingMediaBox_InvalidPdfAndTheNextDocumentIsExtracted()
    {
        var bad = await _sandbox.ExtractAsync(HostilePdfs.SelfReferencingMediaBox(), "selfref-mediabox.pdf");
        var good = await _sandbox.ExtractAsync(await File.ReadAllBytesAsync(Fixtures.Public("0000-baoji-bigdata-2023.pdf")), "good.pdf");

        var error = Assert.Single(bad.Issues);
        Assert.Equal(IssueCodes.InvalidPdf, error.Code);
        Assert.Equal(IssueSeverity.Error, error.Severity);
        Assert.Contains("recursion", error.Message, StringComparison.Ordinal);
        Assert.Equal("selfref-mediabox.pdf", bad.Source.File);
        Assert.False(good.HasErrors);
        Assert.Equal(2, _sandbox.WorkersStarted);
    }

    [Fact]
    public async Task ExtractAsync_GoodPdf_SameDocumentAsInProcess()
    {
        var pdf = await File.ReadAllBytesAsync(Fixtures.Public("0002-weinan-gonglu-2023.pdf"));

        var sandboxed = await _sandbox.ExtractAsync(pdf, "good.pdf");
        var inProcess = new BudgetExtractor(Headings).Extract(pdf, "good.pdf");

        Assert.Equal(BudgetJson.Serialize(inProcess), BudgetJson.Serialize(sandboxed));
    }

    [Fact]
    public async Task ExtractAsync_SeveralDocuments_ReusesOneWarmWorker()
    {
        var pdf = await File.ReadAllBytesAsync(Fixtures.Public("0000-baoji-bigdata-2023.pdf"));

        for (var i = 0; i < 3; i++)
        {
            Assert.False((await _sandbox.ExtractAsync(pdf, $"copy{i}.pdf")).HasErrors);
        }

        Assert.Equal(1, _sandbox.WorkersStarted);
        Assert.Single(_sandbox.WorkerIds);
    }

    [Fact]
    public async Task ExtractAsync_DoubleFlateBomb_ResourceLimitWithinBoundedMemory()
    {
        var document = await _sandbox.ExtractAsync(HostilePdfs.DoubleFlateBomb(), "bomb.pdf");

        Assert.Equal(IssueCodes.ResourceLimit, Assert.Single(document.Issues).Code);
        Assert.True(_sandbox.PeakWorkerMemoryBytes < 1024L * 1024 * 1024, $"worker peaked at {_sandbox.PeakWorkerMemoryBytes / (1024 * 1024)} MB");
    }

    [Fact]
    public async Task ExtractAsync_BombPastTheStreamGuard_MemoryLimitStopsItAndTheWorkerIsReplaced()
    {
        // With the decoded-size guard lifted, only the worker's memory limit stands between the bomb and the machine.
        var unguarded = new ExtractionOptions { SectionClassifier = new HeadingRulesClassifier(), MaxDecodedStreamBytes = long.MaxValue };
        using var sandbox = new SandboxedExtractor(new SandboxOptions { PoolSize = 1, HeapLimitMegabytes = 256, MemoryLimitMegabytes = 384 }, SandboxSettings.From(unguarded));

        var bomb = await sandbox.ExtractAsync(HostilePdfs.DoubleFlateBomb(), "bomb.pdf");
        var good = await sandbox.ExtractAsync(await File.ReadAllBytesAsync(Fixtures.Public("0000-baoji-bigdata-2023.pdf")), "good.pdf");

        Assert.Equal(IssueCodes.ResourceLimit, Assert.Single(bomb.Issues).Code);
        Assert.False(good.HasErrors);
        Assert.True(sandbox.PeakWorkerMemoryBytes < 512L * 1024 * 1024, $"worker peaked at {sandbox.PeakWorkerMemoryBytes / (1024 * 1024)} MB");
    }

    [Fact]
    public async Task ExtractAsync_PageSlowerThanTheLimit_TimeoutAndTheWorkerIsKilled()
    {
        // A one-page document: the worker's own check between pages never runs, only the kill stops it.
        var quick = new ExtractionOptions { SectionClassifier = new HeadingRulesClassifier(), DocumentTimeout = TimeSpan.FromSeconds(2) };
        using var sandbox = new SandboxedExtractor(new SandboxOptions { PoolSize = 1, KillGrace = TimeSpan.FromSeconds(1) }, SandboxSettings.From(quick));

        var document = await sandbox.ExtractAsync(HostilePdfs.LongPage(2_000_000), "long.pdf");

        Assert.Equal(IssueCodes.Timeout, Assert.Single(document.Issues).Code);
        Assert.Equal(1, sandbox.WorkersStarted);
        Assert.Empty(sandbox.WorkerIds);
    }

    [Fact]
    public async Task ExtractAsync_Cancelled_KillsTheWorkerAndThrows()
    {
        await _sandbox.ExtractAsync(HostilePdfs.SelfReferencingMediaBox()[..10], "warm-up.pdf");
        var worker = Assert.Single(_sandbox.WorkerIds);
        var slow = HostilePdfs.LongPage(2_000_000);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _sandbox.ExtractAsync(slow, "long.pdf", cancel.Token));

        Assert.False(IsRunning(worker));
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
