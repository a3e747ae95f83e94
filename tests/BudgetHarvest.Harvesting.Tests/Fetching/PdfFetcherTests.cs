using BudgetHarvest.Harvesting.Fetching;
using BudgetHarvest.Harvesting.Storage;
using BudgetHarvest.Harvesting.Tests.Support;
using BudgetHarvest.Harvesting.Hosting;
using Microsoft.Extensions.Configuration;
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

    [Theory]
    [InlineData("ftp")]
    [InlineData("gopher")]
    [InlineData("ws")]
    public async Task FetchPdfAsync_RedirectToAnotherScheme_IsRefusedAndNotFetched(string scheme)
    {
        var target = $"{scheme}://{_server.BaseUri.Authority}/pdf/{Corpus}";

        var failure = await Assert.ThrowsAsync<FetchException>(() => Fetcher.FetchPdfAsync(_server.Url($"goto?to={Uri.EscapeDataString(target)}")));

        Assert.Equal(FetchFailureCodes.RedirectRefused, failure.Code);
        Assert.False(failure.IsTransient);
        Assert.False(_server.Requests.ContainsKey($"/pdf/{Corpus}"));
    }

    [Fact]
    public async Task FetchPdfAsync_RedirectToAnotherHost_IsRefusedUnlessListed()
    {
        // "localhost" is the same server under another host name.
        var elsewhere = $"http://localhost:{_server.BaseUri.Port}/pdf/{Corpus}";
        var source = _server.Url($"goto?to={Uri.EscapeDataString(elsewhere)}");

        var failure = await Assert.ThrowsAsync<FetchException>(() => Fetcher.FetchPdfAsync(source));
        Assert.Equal(FetchFailureCodes.RedirectRefused, failure.Code);
        Assert.False(_server.Requests.ContainsKey($"/pdf/{Corpus}"));

        await using var allowing = TestServices.Build(_store.Path, new InMemoryWarehouse(), new Dictionary<string, string?> { ["Harvesting:Fetch:RedirectHosts:0"] = "localhost" });
        var pdf = await allowing.GetRequiredService<PdfFetcher>().FetchPdfAsync(source);
        Assert.Equal(FaultyPdfServer.Sha256(FaultyPdfServer.CorpusPdf(Corpus)), pdf.Sha256);
    }

    [Fact]
    public async Task FetchPdfAsync_RedirectOnTheSameHost_IsFollowed()
    {
        var pdf = await Fetcher.FetchPdfAsync(_server.Url($"goto?to={Uri.EscapeDataString($"/pdf/{Corpus}")}"));

        Assert.Equal(FaultyPdfServer.Sha256(FaultyPdfServer.CorpusPdf(Corpus)), pdf.Sha256);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(429)]
    public async Task FetchPdfAsync_FailuresThatOpenTheCircuit_KeepTheirOwnCode(int status)
    {
        await using var services = TestServices.Build(_store.Path, new InMemoryWarehouse(), new Dictionary<string, string?>
        {
            ["Harvesting:Fetch:BreakerMinimumThroughput"] = "2",
            ["Harvesting:Fetch:MaxRetries"] = "3",
        });
        var fetcher = services.GetRequiredService<PdfFetcher>();

        var first = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchPdfAsync(_server.Url($"status/{status}")));
        var second = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchPdfAsync(_server.Url($"status/{status}")));

        Assert.Equal(FetchFailureCodes.Http(status), first.Code);
        Assert.Equal(FetchFailureCodes.CircuitOpen, second.Code);
        Assert.Contains(FetchFailureCodes.Http(status), second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchPdfAsync_NoRetriesConfigured_FetchesOnceAndWorks()
    {
        await using var services = TestServices.Build(_store.Path, new InMemoryWarehouse(), new Dictionary<string, string?> { ["Harvesting:Fetch:MaxRetries"] = "0" });
        var fetcher = services.GetRequiredService<PdfFetcher>();

        var pdf = await fetcher.FetchPdfAsync(_server.Url($"pdf/{Corpus}"));
        var flaky = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchPdfAsync(_server.Url($"flaky/{Corpus}")));

        Assert.Equal(FetchStatus.Downloaded, pdf.Status);
        Assert.Equal(FetchFailureCodes.Http(503), flaky.Code);
        Assert.Equal(1, _server.Requests[$"/flaky/{Corpus}"]);
    }

    [Theory]
    [InlineData("Harvesting:Fetch:MaxRetries", "-1", "MaxRetries")]
    [InlineData("Harvesting:Fetch:AttemptTimeout", "00:00:00", "AttemptTimeout")]
    [InlineData("Harvesting:Fetch:BreakerFailureRatio", "0", "BreakerFailureRatio")]
    [InlineData("Harvesting:Fetch:RedirectHosts:0", "https://files.example.cn/", "RedirectHosts")]
    public async Task Start_UnusableFetchSetting_FailsNamingIt(string key, string value, string setting)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new Microsoft.Extensions.Hosting.HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Harvesting:StoreFolder"] = _store.Path,
            ["Harvesting:RunWorkers"] = "false",
            [key] = value,
        });
        builder.Services.AddSingleton<Core.Storage.IDocumentWarehouse>(new InMemoryWarehouse());
        builder.Services.AddBudgetHarvesting(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => host.StartAsync());

        Assert.Contains($"Harvesting:Fetch:{setting}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFileAsync_MissingFile_FailsAsNotFound()
    {
        var failure = await Assert.ThrowsAsync<FetchException>(() => Fetcher.ReadFileAsync(Path.Combine(_store.Path, "nope.pdf")));

        Assert.Equal(FetchFailureCodes.NotFound, failure.Code);
        Assert.False(failure.IsTransient);
    }
}
