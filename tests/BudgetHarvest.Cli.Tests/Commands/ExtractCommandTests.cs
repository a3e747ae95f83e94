using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Cli.Tests.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("bh-cli-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        Directory.Delete(_work, recursive: true);
        _output.Dispose();
        _error.Dispose();
    }

    [Fact]
    public async Task Extract_FolderWithGoodAndBadFiles_WritesEveryJsonAndExitsOne()
    {
        var input = Directory.CreateDirectory(Path.Combine(_work, "in")).FullName;
        File.Copy(Fixtures.Public("0002-weinan-gonglu-2023.pdf"), Path.Combine(input, "good.pdf"));
        await File.WriteAllBytesAsync(Path.Combine(input, "empty.pdf"), []);
        await File.WriteAllTextAsync(Path.Combine(input, "page.pdf"), "<html><body>not found</body></html>");
        var outFolder = Path.Combine(_work, "out");

        var exit = await Run("extract", input, "--out", outFolder);

        Assert.Equal(ExitCodes.SomeFailed, exit);
        var good = await BudgetJson.ReadFileAsync(Path.Combine(outFolder, "good.json"));
        Assert.Equal(15, good.Tables.Count);
        Assert.False(good.HasErrors);
        foreach (var bad in new[] { "empty", "page" })
        {
            var document = await BudgetJson.ReadFileAsync(Path.Combine(outFolder, bad + ".json"));
            Assert.Equal(IssueCodes.InvalidPdf, Assert.Single(document.Issues).Code);
        }

        Assert.DoesNotContain("   at ", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("2 failed", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_OneGoodFile_ExitsZero()
    {
        var exit = await Run("extract", Fixtures.Public("0000-baoji-bigdata-2023.pdf"), "--out", _work);

        Assert.Equal(ExitCodes.Success, exit);
        var document = await BudgetJson.ReadFileAsync(Path.Combine(_work, "0000-baoji-bigdata-2023.json"));
        Assert.Equal("宝鸡市大数据管理中心", document.Document.UnitName);
    }

    [Fact]
    public async Task Extract_AllTablesFlag_AddsTablesWithoutNumber()
    {
        var exit = await Run("extract", Fixtures.Real("xian-2022-gongxinju.pdf"), "--out", _work, "--all-tables");

        Assert.Equal(ExitCodes.Success, exit);
        var document = await BudgetJson.ReadFileAsync(Path.Combine(_work, "xian-2022-gongxinju.json"));
        Assert.Contains(document.Tables, t => t.Number is null && t.Kind == TableKind.Other);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "some.pdf")]
    [InlineData("extract", "--out")]
    [InlineData("no-such-command")]
    public async Task Run_UsageError_ExitsTwo(params string[] args)
    {
        Assert.Equal(ExitCodes.Usage, await Run(args));
        Assert.Contains("error", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_MissingInput_ExitsTwoAndWritesNothing()
    {
        var outFolder = Path.Combine(_work, "out");

        var exit = await Run("extract", Path.Combine(_work, "missing.pdf"), "--out", outFolder);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.False(Directory.Exists(outFolder));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("extract", "--help")]
    public async Task Run_Help_ExitsZeroAndDescribesUsage(params string[] args)
    {
        Assert.Equal(ExitCodes.Success, await Run(args));
        Assert.Contains("extract", _output.ToString(), StringComparison.Ordinal);
    }

    private Task<int> Run(params string[] args) => CliApp.RunAsync(args, _output, _error);
}
