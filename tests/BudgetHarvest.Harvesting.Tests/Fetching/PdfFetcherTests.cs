using BudgetHarvest.Harvesting.Fetching;
using BudgetHarvest.Harvesting.Storage;
using BudgetHarvest.Harvesting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetHarvest.Harvesting.Tests.Fetching;

public sealed class PdfFetcherTests : IAsyncLifetime
{
    private const string Corpus = "0000-baoji-bigdata-2023";
    private readonly TempFolder _store = new();
    private FaultyPdfServer _server = null!;
    private ServiceProvider _services = null!;

    private PdfFetcher Fetcher => _services.GetRequiredService<PdfFetcher>();

    public async Task InitializeAsync()
    {
        _server = await FaultyPdfServer.StartAsync();
        _services = TestServices.Build(_store.Path, new InMemoryWarehouse());
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
        _store.Dispose();
    }

    [Fact]
    public async Task FetchPdfAsync_CorpusPdf_StoresBlobUnderItsSha256()
    {
        var pdf = await Fetcher.FetchPdfAsync(_server.Url($"pdf/{Corpus}"));

        var expected = FaultyPdfServer.CorpusPdf(Corpus);
        Assert.Equal(FaultyPdfServer.Sha256(expected), pdf.Sha256);
        Assert.Equal(FetchStatus.Downloaded, pdf.Status);
        Assert.True(pdf.IsNewBlob);
        await using var stored = _services.GetRequiredService<IBlobStore>().OpenRead(pdf.Sha256);
        Assert.Equal(expected.Length, stored.Length);
    }

    [Fact]
    public async Task FetchPdfAsync_SecondFetch_IsAConditionalGetAnswered304()
    {
        var first = await Fetcher.FetchPdfAsync(_server.Url($"pdf/{Corpus}"));
        var second = await Fetcher.FetchPdfAsync(_server.Url($"pdf/{Corpus}"));

        Assert.Equal(FetchStatus.NotModified, second.Status);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal(1, _server.NotModified);
    }

    [Fact]
    public async Task FetchPdfAsync_SamePdfUnderTwoUrls_IsOneBlob()
    {
        var first = await Fetcher.FetchPdfAsync(_server.Url($"pdf/{Corpus}"));
        var second = await Fetcher.FetchPdfAsync(_server.Url($"alias/{Corpus}"));

        Assert.Equal(first.Sha256, second.Sha256);
        Assert.True(first.IsNewBlob);
        Assert.False(second.IsNewBlob);
    }

    [Theory]
    [InlineData("flaky", 3)]
    [InlineData("reset", 2)]
    public async Task FetchPdfAsync_TransientFaultsThenSuccess_RetriesAndStores(string fault, int expectedRequests)
    {
        var pdf = await Fetcher.FetchPdfAsync(_server.Url($"{fault}/{Corpus}"));

        Assert.Equal(FaultyPdfServer.Sha256(FaultyPdfServer.CorpusPdf(Corpus)), pdf.Sha256);
        Assert.Equal(expectedRequests, _server.Requests[$"/{fault}/{Corpus}"]);
    }

    [Theory]
    [InlineData("slow/" + Corpus, FetchFailureCodes.Timeout)]
    [InlineData("truncated/" + Corpus, FetchFailureCodes.Truncated)]
    public async Task FetchPdfAsync_PersistentTransientFault_FailsTransientAfterRetries(string path, string code)
    {
        var failure = await Assert.ThrowsAsync<FetchException>(() => Fetcher.FetchPdfAsync(_server.Url(path)));

        Assert.Equal(code, failure.Code);
        Assert.True(failure.IsTransient);
        Assert.Equal(3, _server.Requests["/" + path]);
    }

    [Theory]
    [InlineData("missing", "http_404")]
    [InlineData("html-as-pdf", FetchFailureCodes.NotAPdf)]
    [InlineData("huge", FetchFailureCodes.TooLarge)]
    public async Task FetchPdfAsync_DeterministicFault_FailsAtOnceWithoutRetry(string path, string code)
    {
        var failure = await Assert.ThrowsAsync<FetchException>(() => Fetcher.FetchPdfAsync(_server.Url(path)));

        Assert.Equal(code, failure.Code);
        Assert.False(failure.IsTransient);
        Assert.Equal(1, _server.Requests["/" + path]);
    }

    [Fact]
    public async Task FetchPdfAsync_HtmlServedAsPdf_MessageSaysWhatWasServed()
    {
        var failure = await Assert.ThrowsAsync<FetchException>(() => Fetcher.FetchPdfAsync(_server.Url("html-as-pdf")));

        Assert.Contains("application/pdf", failure.Message, StringComparison.Ordinal);
        Assert.Contains("<!DOCTYPE html>", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchPdfAsync_200MegabyteBody_IsStreamedNotBufferedAndNothingIsStored()
    {
        var fetcher = Fetcher;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchPdfAsync(_server.Url("huge")));

        // Server and client together: far below the body's size, so neither side held it in memory.
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.True(allocated < FaultyPdfServer.HugeBytes / 4, $"{allocated} bytes were allocated");
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_store.Path, "blobs"), "*", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_store.Path, "incoming")));
    }

    [Fact]
    public async Task FetchPdfAsync_RedirectLoop_FailsAsTooManyRedirects()
    {
        var failure = await Assert.ThrowsAsync<FetchException>(() => Fetcher.FetchPdfAsync(_server.Url("loop")));

        Assert.Equal(FetchFailureCodes.TooManyRedirects, failure.Code);
        Assert.False(failure.IsTransient);
    }

    [Fact]
    public async Task ReadFileAsync_MissingFile_FailsAsNotFound()
    {
        var failure = await Assert.ThrowsAsync<FetchException>(() => Fetcher.ReadFileAsync(Path.Combine(_store.Path, "nope.pdf")));

        Assert.Equal(FetchFailureCodes.NotFound, failure.Code);
        Assert.False(failure.IsTransient);
    }
}
