using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Cli.Tests.Commands;

/// <summary>The <c>train</c> and <c>evaluate</c> commands, and <c>extract --model</c>.</summary>
public sealed class ClassifierCommandTests : IDisposable
{
    private readonly CliSession _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Train_GroundTruthFiles_WritesAModelThatExtractUses()
    {
        var model = Path.Combine(_cli.Work, "model.zip");

        var trained = await Run("train", "--data", Truth("0001-tongchuan-jiaoyuju-2021"), Truth("0003-weinan-ziranziyuanju-2022"), "--out", model);
        var extracted = await Run("extract", Fixtures.Public("0002-weinan-gonglu-2023.pdf"), "--model", model, "--out", _cli.Work);

        Assert.Equal(ExitCodes.Success, trained);
        Assert.Contains("from 2 document(s)", _cli.Output.ToString(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, extracted);
        var document = await BudgetJson.ReadFileAsync(Path.Combine(_cli.Work, "0002-weinan-gonglu-2023.json"));
        Assert.True(document.Sections.Count >= 14);
    }

    [Fact]
    public async Task Train_ExcludedDocument_IsLeftOutWithItsCopies()
    {
        var seed = Path.Combine(Fixtures.RepositoryRoot, "seeds", "baoji-bigdata-2023.txt");

        var exit = await Run("train", "--data", Truth("0000-baoji-bigdata-2023"), Truth("0001-tongchuan-jiaoyuju-2021"), seed,
            "--exclude", "0000-baoji-bigdata-2023", "--out", Path.Combine(_cli.Work, "model.zip"));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("from 1 document(s) (2 excluded)", _cli.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_ThreeDocuments_PrintsPerLabelScoresAndConfusionMatrices()
    {
        var exit = await Run("evaluate", "--data", Truth("0001-tongchuan-jiaoyuju-2021"), Truth("0002-weinan-gonglu-2023"), Truth("0003-weinan-ziranziyuanju-2022"), "--folds", "3");

        Assert.Equal(ExitCodes.Success, exit);
        var report = _cli.Output.ToString();
        Assert.Contains("== HELD OUT, headings as printed", report, StringComparison.Ordinal);
        Assert.Contains("== HELD OUT, headings removed", report, StringComparison.Ordinal);
        Assert.Contains("== TRAINING SET", report, StringComparison.Ordinal);
        Assert.Contains("confusion matrix", report, StringComparison.Ordinal);
        Assert.Contains("three_public_costs", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_MoreFoldsThanDocuments_ExitsTwo()
    {
        Assert.Equal(ExitCodes.Usage, await Run("evaluate", "--data", Truth("0001-tongchuan-jiaoyuju-2021"), Truth("0002-weinan-gonglu-2023"), "--folds", "5"));
        Assert.Contains("--folds", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_DataWithoutSections_ExitsTwoAndWritesNoModel()
    {
        var model = Path.Combine(_cli.Work, "model.zip");

        var exit = await Run("train", "--data", Fixtures.Real("xian-2022-kejiju.json"), "--out", model);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("no labelled sections", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(model));
    }

    [Fact]
    public async Task Train_MissingData_ExitsTwo()
    {
        Assert.Equal(ExitCodes.Usage, await Run("train", "--data", Path.Combine(_cli.Work, "missing"), "--out", Path.Combine(_cli.Work, "model.zip")));
        Assert.Contains("No such file or folder", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_ModelThatIsNoModel_ExitsTwoAndExtractsNothing()
    {
        var model = Path.Combine(_cli.Work, "model.zip");
        await File.WriteAllTextAsync(model, "not a model");
        var outFolder = Path.Combine(_cli.Work, "out");

        var exit = await Run("extract", Fixtures.Public("0002-weinan-gonglu-2023.pdf"), "--model", model, "--out", outFolder);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("cannot be loaded", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(outFolder));
    }

    [Theory]
    [InlineData("train", "--help")]
    [InlineData("evaluate", "--help")]
    public async Task Run_CommandHelp_DescribesTheCommand(params string[] args)
    {
        Assert.Equal(ExitCodes.Success, await Run(args));
        Assert.Contains("--data", _cli.Output.ToString(), StringComparison.Ordinal);
    }

    private static string Truth(string name) => Fixtures.Public(name + ".json");

    private Task<int> Run(params string[] args) => _cli.Run(args);
}
