using BudgetHarvest.Benchmarks.Harvest;
using BudgetHarvest.Classification;
using BudgetHarvest.Cli.Commands;
using BudgetHarvest.Core.Narrative;
using BudgetHarvest.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BudgetHarvest.Pipeline.Tests;

/// <summary>
/// Every host's container resolves the pipeline the composition root wires: the same warehouse,
/// validator, ML.NET section classifier, sandboxed extractor, jobs and job filter.
/// </summary>
public sealed class HostCompositionTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("bh-pipeline-");

    public void Dispose() => _work.Delete(recursive: true);

    public static TheoryData<string> Hosts() => ["serve", "cli harvest", "benchmarks"];

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task Host_Container_RunsThePipelineOfTheCompositionRoot(string host)
    {
        await using var root = Root();
        var expected = PipelineSignature.Of(root);

        var built = Build(host);
        await using var disposing = (IAsyncDisposable)built;

        Assert.Equal(expected, PipelineSignature.Of(built.Services));
    }

    [Fact]
    public async Task BenchmarkHost_Container_ClassifiesSectionsWithTheShippedModel()
    {
        var host = HarvestBenchmark.BuildHost(_work.FullName, sandboxed: true, []);
        await using var disposing = (IAsyncDisposable)host;

        Assert.IsType<SectionModel>(host.Services.GetRequiredService<ISectionClassifier>());
    }

    [Fact]
    public async Task CompositionRoot_Alone_ProvidesEverySeamWithTheStagesNotTheDefaults()
    {
        await using var root = Root();
        var signature = PipelineSignature.Of(root);

        Assert.Equal(typeof(SectionModel).FullName, signature["classifier"]);
        Assert.Equal(typeof(SectionModel).FullName, signature["extraction classifier"]);
        Assert.Equal(typeof(Validation.DocumentValidator).FullName, signature["validator"]);
        Assert.Equal(typeof(Extraction.Sandbox.SandboxedExtractor).FullName, signature["extractor"]);
        Assert.Equal("ExtractDocumentJob, FetchDocumentJob, HarvestSourceJob, LoadDocumentJob, ScheduledHarvestJob, ValidateDocumentJob", signature["pipeline jobs"]);
    }

    private ServiceProvider Root() =>
        new ServiceCollection()
            .AddLogging()
            .AddBudgetHarvestPipeline(new ConfigurationBuilder().AddInMemoryCollection(Settings()).Build())
            .BuildServiceProvider();

    private IHost Build(string host)
    {
        switch (host)
        {
            case "serve":
                var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = _work.FullName });
                builder.Configuration.AddInMemoryCollection(Settings());
                builder.AddBudgetHarvestWeb();
                return builder.Build();
            case "cli harvest":
                return HarvestRun.BuildHost(Path.Combine(_work.FullName, "store"), Path.Combine(_work.FullName, "warehouse.duckdb"));
            default:
                return HarvestBenchmark.BuildHost(_work.FullName, sandboxed: true, []);
        }
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["Warehouse:DuckDbPath"] = Path.Combine(_work.FullName, "warehouse.duckdb"),
        ["Harvesting:StoreFolder"] = Path.Combine(_work.FullName, "store"),
        ["Harvesting:JobStorage"] = "InMemory",
        ["DataProtection:KeysFolder"] = Path.Combine(_work.FullName, "keys"),
    };
}
