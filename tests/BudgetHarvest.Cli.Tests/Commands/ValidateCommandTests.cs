using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private const string Seed = "0000-baoji-bigdata-2023";

    private readonly CliSession _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Validate_SeedGroundTruth_PrintsEveryIssueAndTheIdentityShares()
    {
        var exit = await Run("validate", Fixtures.Public(Seed + ".json"));

        Assert.Equal(ExitCodes.Success, exit);
        var output = _cli.Output.ToString();
        Assert.Contains($"{Seed}.json: 7 issue(s); identities held", output, StringComparison.Ordinal);
        Assert.Contains("  warning sum_mismatch 表4: 表4 政府预算支出经济分类科目 “部门预算”: 363.45 万元 ≠ 626.96 万元", output, StringComparison.Ordinal);
        Assert.Contains("  info narrative_mismatch: ", output, StringComparison.Ordinal);
        Assert.Contains("validated 1 of 1 document(s); 7 issue(s)", output, StringComparison.Ordinal);
        Assert.Contains("  within tables: ", output, StringComparison.Ordinal);
        Assert.Contains("  across tables: ", output, StringComparison.Ordinal);
        Assert.Contains("  narrative vs tables: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_FolderWithUnreadableJson_ReportsItValidatesTheRestAndExitsOne()
    {
        File.Copy(Fixtures.Public(Seed + ".json"), Path.Combine(_cli.Work, "seed.json"));
        await File.WriteAllTextAsync(Path.Combine(_cli.Work, "broken.json"), "{ \"format\": ");
        await File.WriteAllTextAsync(Path.Combine(_cli.Work, "notes.txt"), "not json, not looked at");

        var exit = await Run("validate", _cli.Work);

        Assert.Equal(ExitCodes.SomeFailed, exit);
        Assert.Contains("broken.json", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("validated 1 of 2 document(s); 7 issue(s)", _cli.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Summary_PrintsCountsWithoutIssues()
    {
        var exit = await Run("validate", Fixtures.Public(Seed + ".json"), "--summary");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.DoesNotContain("sum_mismatch", _cli.Output.ToString(), StringComparison.Ordinal);
        Assert.Contains("7 issue(s)", _cli.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ConsistentDocument_HoldsEveryIdentity()
    {
        await Run("validate", Fixtures.Public("0002-weinan-gonglu-2023.json"));

        Assert.Matches(@"identities held: (\d+) of \1 \(100\.00%\)", _cli.Output.ToString());
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "missing.json")]
    public async Task Validate_UsageError_ExitsTwo(params string[] args)
    {
        Assert.Equal(ExitCodes.Usage, await Run(args));
        Assert.Contains("error", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_NegativeTolerance_ExitsTwoAndValidatesNothing()
    {
        Assert.Equal(ExitCodes.Usage, await Run("validate", Fixtures.Public(Seed + ".json"), "--tolerance", "-1"));
        Assert.Contains("--tolerance", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_cli.Output.ToString());
    }

    [Fact]
    public async Task Extract_SeedDocument_AppendsValidationIssuesToTheJson()
    {
        var exit = await Run("extract", Fixtures.Public(Seed + ".pdf"), "--out", _cli.Work);

        Assert.Equal(ExitCodes.Success, exit);
        var document = await BudgetJson.ReadFileAsync(Path.Combine(_cli.Work, Seed + ".json"));
        var issue = Assert.Single(document.Issues, i => i.Code == IssueCodes.SumMismatch && i.Table == 4);
        Assert.Contains("“部门预算”: 363.45 万元 ≠ 626.96 万元", issue.Message, StringComparison.Ordinal);

        // End to end, from the PDF's own narrative and tables: the seven inconsistencies of the seed
        // (SeedDocumentTests explains each), no more and no fewer.
        Assert.Equal(7, document.Issues.Count(i => i.Code is IssueCodes.SumMismatch or IssueCodes.CrossTableMismatch or IssueCodes.NarrativeMismatch));
        Assert.Equal(6, document.Issues.Count(i => i.Code == IssueCodes.NarrativeMismatch));
    }

    private Task<int> Run(params string[] args) => _cli.Run(args);
}
