using BudgetHarvest.Cli.Commands;
using BudgetHarvest.Harvesting.Hosting;
using BudgetHarvest.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BudgetHarvest.Cli.Tests.Commands;

public sealed class HarvestCommandTests : IDisposable
{
    private readonly CliSession _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Harvest_FolderWithGoodAndBadFiles_LoadsTheGoodOneReportsTheBadOneAndExitsOne()
    {
        var input = Directory.CreateDirectory(Path.Combine(_cli.Work, "in")).FullName;
        File.Copy(Fixtures.Public("0002-weinan-gonglu-2023.pdf"), Path.Combine(input, "good.pdf"));
        await File.WriteAllTextAsync(Path.Combine(input, "page.pdf"), "<html><body>not found</body></html>");
        var seeds = await WriteSeedsAsync($$"""{ "name": "渭南市公路管理局", "code": "314008", "sources": [ { "folder": "in" } ] }""");

        var exit = await Harvest(seeds);

        Assert.Equal(ExitCodes.SomeFailed, exit);
        Assert.Contains("harvested 1 source(s): 2 document(s) found, 1 fetched, 1 new, 0 unchanged, 1 failed", _cli.Output.ToString(), StringComparison.Ordinal);
        Assert.Contains("page.pdf: not_a_pdf: Not a PDF", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(_cli.Work, "store", "blobs"), "*.pdf", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Harvest_FolderWithGoodAndBadFiles_KeepsTheRunInTheWarehouseHistory()
    {
        var input = Directory.CreateDirectory(Path.Combine(_cli.Work, "in")).FullName;
        File.Copy(Fixtures.Public("0002-weinan-gonglu-2023.pdf"), Path.Combine(input, "good.pdf"));
        await File.WriteAllTextAsync(Path.Combine(input, "page.pdf"), "<html><body>not found</body></html>");
        var seeds = await WriteSeedsAsync($$"""{ "name": "渭南市公路管理局", "code": "314008", "region": "渭南市", "sources": [ { "folder": "in" } ] }""");
        await Harvest(seeds);
        _cli.Output.GetStringBuilder().Clear();

        Assert.Equal(ExitCodes.Success, await Run("query", "--warehouse", Warehouse, "--format", "csv",
            "SELECT trigger, documents, new, failed, outcome, code, region, items FROM v_harvest_runs ORDER BY outcome"));

        Assert.Equal("trigger,documents,new,failed,outcome,code,region,items\ncli,2,1,1,failed,not_a_pdf,渭南市,1\ncli,2,1,1,new,,渭南市,1",
            _cli.Output.ToString().ReplaceLineEndings("\n").Trim());
    }

    [Fact]
    public async Task Harvest_FailedFileWithAChineseName_IsPrintedReadable()
    {
        var input = Directory.CreateDirectory(Path.Combine(_cli.Work, "in")).FullName;
        await File.WriteAllTextAsync(Path.Combine(input, "2023年 单位预算.pdf"), "<html><body>not found</body></html>");
        var seeds = await WriteSeedsAsync($$"""{ "name": "渭南市公路管理局", "code": "314008", "sources": [ { "folder": "in" } ] }""");

        await Harvest(seeds);

        Assert.Contains($"failed: {Path.Combine(input, "2023年 单位预算.pdf")}: not_a_pdf", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("%E5", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Harvest_SecondRunIntoTheSameWarehouse_LoadsNothingNew()
    {
        var input = Directory.CreateDirectory(Path.Combine(_cli.Work, "in")).FullName;
        File.Copy(Fixtures.Public("0000-baoji-bigdata-2023.pdf"), Path.Combine(input, "a.pdf"));
        var seeds = await WriteSeedsAsync($$"""{ "name": "宝鸡市大数据管理中心", "code": "621002", "sources": [ { "folder": "in" } ] }""");
        Assert.Equal(ExitCodes.Success, await Harvest(seeds));

        var exit = await Harvest(seeds);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.EndsWith("1 document(s) found, 0 fetched, 0 new, 1 unchanged, 0 failed", _cli.Output.ToString().Trim(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, await Run("query", "--warehouse", Warehouse, "--format", "csv", "SELECT count(*) AS n FROM documents"));
        Assert.EndsWith("n\n1", _cli.Output.ToString().ReplaceLineEndings("\n").Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Harvest_SeedFileWithErrors_PrintsEachWithItsLineAndExitsTwo()
    {
        var seeds = await WriteSeedsAsync("""{ "name": "A", "sources": [ { "pdf": "not a url" } ] }""");

        var exit = await Run("harvest", "--seeds", seeds);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("seeds.json:4: units[0].sources[0].pdf: \"not a url\" is not an absolute http:// or https:// URL", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Harvest_MissingWarehouseWithoutCreate_ExitsTwoNamingCreateAndFetchesNothing()
    {
        Directory.CreateDirectory(Path.Combine(_cli.Work, "in"));
        File.Copy(Fixtures.Public("0002-weinan-gonglu-2023.pdf"), Path.Combine(_cli.Work, "in", "good.pdf"));
        var seeds = await WriteSeedsAsync($$"""{ "name": "渭南市公路管理局", "code": "314008", "sources": [ { "folder": "in" } ] }""");

        var exit = await Run("harvest", "--seeds", seeds, "--store", Path.Combine(_cli.Work, "store"), "--warehouse", Warehouse);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("pass --create", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Warehouse));
        Assert.False(Directory.Exists(Path.Combine(_cli.Work, "store")));
    }

    [Fact]
    public async Task Harvest_MissingSeedFile_ExitsTwo()
    {
        var exit = await Run("harvest", "--seeds", Path.Combine(_cli.Work, "none.json"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("cannot read the seed file", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void BuildHost_NoRetriesConfigured_FailsJobsAtOnceInsteadOfWaitingForHangfireRetries()
    {
        using var host = HarvestRun.BuildHost(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")), null);

        Assert.Equal(0, host.Services.GetRequiredService<IOptions<HarvestingOptions>>().Value.JobRetries);
    }

    private async Task<string> WriteSeedsAsync(string unit)
    {
        var path = Path.Combine(_cli.Work, "seeds.json");
        await File.WriteAllTextAsync(path, $"{{\n  \"format\": \"budgetharvest-seeds/1\",\n  \"units\": [\n    {unit}\n  ]\n}}\n");
        return path;
    }

    private string Warehouse => Path.Combine(_cli.Work, "warehouse.duckdb");

    private Task<int> Harvest(string seeds) =>
        Run("harvest", "--seeds", seeds, "--store", Path.Combine(_cli.Work, "store"), "--warehouse", Warehouse, "--create");

    private Task<int> Run(params string[] args) => _cli.Run(args);
}
