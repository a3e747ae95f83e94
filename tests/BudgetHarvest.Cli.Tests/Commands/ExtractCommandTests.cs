using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Cli.Tests.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly CliSession _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Extract_FolderWithGoodAndBadFiles_WritesEveryJsonAndExitsOne()
    {
        var input = Directory.CreateDirectory(Path.Combine(_cli.Work, "in")).FullName;
        File.Copy(Fixtures.Public("0002-weinan-gonglu-2023.pdf"), Path.Combine(input, "good.pdf"));
        await File.WriteAllBytesAsync(Path.Combine(input, "empty.pdf"), []);
        await File.WriteAllTextAsync(Path.Combine(input, "page.pdf"), "<html><body>not found</body></html>");
        var outFolder = Path.Combine(_cli.Work, "out");

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

        Assert.DoesNotContain("   at ", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("2 failed", _cli.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_FolderWithSelfReferencingPdfAndBomb_EveryInputGetsItsJsonGoodOnesAsInProcess()
    {
        string[] good = ["0000-baoji-bigdata-2023", "0002-weinan-gonglu-2023"];
        var input = Directory.CreateDirectory(Path.Combine(_cli.Work, "in")).FullName;
        foreach (var name in good)
        {
            File.Copy(Fixtures.Public(name + ".pdf"), Path.Combine(input, name + ".pdf"));
        }

        await File.WriteAllBytesAsync(Path.Combine(input, "selfref-mediabox.pdf"), HostilePdfs.SelfReferencingMediaBox());
        await File.WriteAllBytesAsync(Path.Combine(input, "bomb.pdf"), HostilePdfs.DoubleFlateBomb());
        var sandboxed = Path.Combine(_cli.Work, "sandboxed");
        var inProcess = Path.Combine(_cli.Work, "in-process");

        var exit = await Run("extract", input, "--out", sandboxed);
        foreach (var name in good)
        {
            Assert.Equal(ExitCodes.Success, await Run("extract", Path.Combine(input, name + ".pdf"), "--out", inProcess, "--in-process"));
        }

        Assert.Equal(ExitCodes.SomeFailed, exit);
        Assert.Equal(4, Directory.GetFiles(sandboxed, "*.json").Length);
        foreach (var name in good)
        {
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(inProcess, name + ".json")), await File.ReadAllTextAsync(Path.Combine(sandboxed, name + ".json")));
        }

        var selfReferencing = await BudgetJson.ReadFileAsync(Path.Combine(sandboxed, "selfref-mediabox.json"));
        Assert.Equal(IssueCodes.InvalidPdf, Assert.Single(selfReferencing.Issues).Code);
        var bomb = await BudgetJson.ReadFileAsync(Path.Combine(sandboxed, "bomb.json"));
        Assert.Equal(IssueCodes.ResourceLimit, Assert.Single(bomb.Issues).Code);
        Assert.Contains("extracted 2 of 4 document(s)", _cli.Output.ToString(), StringComparison.Ordinal);
        Assert.Contains("selfref-mediabox.pdf: invalid_pdf", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_OneGoodFile_ExitsZero()
    {
        var exit = await Run("extract", Fixtures.Public("0000-baoji-bigdata-2023.pdf"), "--out", _cli.Work);

        Assert.Equal(ExitCodes.Success, exit);
        var document = await BudgetJson.ReadFileAsync(Path.Combine(_cli.Work, "0000-baoji-bigdata-2023.json"));
        Assert.Equal("宝鸡市大数据管理中心", document.Document.UnitName);
    }

    [Fact]
    public async Task Extract_AllTablesFlag_AddsTablesWithoutNumber()
    {
        var exit = await Run("extract", Fixtures.Real("xian-2022-gongxinju.pdf"), "--out", _cli.Work, "--all-tables");

        Assert.Equal(ExitCodes.Success, exit);
        var document = await BudgetJson.ReadFileAsync(Path.Combine(_cli.Work, "xian-2022-gongxinju.json"));
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
        Assert.Contains("error", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_MissingInput_ExitsTwoAndWritesNothing()
    {
        var outFolder = Path.Combine(_cli.Work, "out");

        var exit = await Run("extract", Path.Combine(_cli.Work, "missing.pdf"), "--out", outFolder);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.False(Directory.Exists(outFolder));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("extract", "--help")]
    public async Task Run_Help_ExitsZeroAndDescribesUsage(params string[] args)
    {
        Assert.Equal(ExitCodes.Success, await Run(args));
        Assert.Contains("extract", _cli.Output.ToString(), StringComparison.Ordinal);
    }

    private Task<int> Run(params string[] args) => _cli.Run(args);
}
