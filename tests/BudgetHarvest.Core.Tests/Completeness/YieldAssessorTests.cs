using BudgetHarvest.Core.Completeness;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Core.Tests.Completeness;

/// <summary>
/// The yield verdict: refusals and narrative-only budgets read from the hand-checked truth of real
/// documents; the table and line shortfalls from documents built to sit on either side of a threshold.
/// </summary>
public sealed class YieldAssessorTests
{
    private static readonly YieldAssessor Assessor = new();

    private static readonly TableKind[] StandardKinds =
        [TableKind.Summary, TableKind.IncomeByUnit, TableKind.ExpenseByUnit, TableKind.FunctionDetail, TableKind.EconomicDetail, TableKind.ThreePublic];

    [Theory]
    [InlineData("149-008_杭州-2026年杭州市政府办公厅部门预算.pdf", IssueCodes.NotADisclosure)]
    [InlineData("173-015_长沙-公安局交通警察局_2026年部门预算.pdf", IssueCodes.NoTextLayer)]
    [InlineData("203-020_西安-卫生健康委员会_2026年部门预算.pdf", IssueCodes.NotADisclosure)]
    public void Assess_RefusedRealDocument_IsRefusedWithTheRefusalAsReason(string file, string code)
    {
        var verdict = Assessor.Assess(Fixtures.GroundTruth(Fixtures.Wide(file)), 0);

        Assert.Equal(YieldStatus.Refused, verdict.Status);
        Assert.StartsWith(code + ": ", verdict.Reason, StringComparison.Ordinal);
        Assert.Null(verdict.TablesExpected);
    }

    [Fact]
    public void Assess_NarrativeOnlyRealBudget_IsNarrativeOnly()
    {
        var verdict = Assessor.Assess(Fixtures.GroundTruth(Fixtures.Wide("053-002_北京-2026年北京市退役军人事务局部门预算.pdf")), 0);

        Assert.Equal(YieldStatus.NarrativeOnly, verdict.Status);
        Assert.StartsWith(IssueCodes.TablesNotInPdf, verdict.Reason, StringComparison.Ordinal);
        Assert.Equal(0, verdict.TablesFound);
    }

    [Fact]
    public void Assess_ErrorThatIsNoRefusal_IsFailed()
    {
        var document = Document([], Issue(IssueCodes.Timeout, IssueSeverity.Error));

        var verdict = Assessor.Assess(document, 0);

        Assert.Equal(YieldStatus.Failed, verdict.Status);
        Assert.StartsWith(IssueCodes.Timeout, verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_RefusalBesideOtherErrors_RefusalWins()
    {
        var document = Document([], Issue(IssueCodes.ExtractionFailed, IssueSeverity.Error), Issue(IssueCodes.NotADisclosure, IssueSeverity.Error));

        Assert.Equal(YieldStatus.Refused, Assessor.Assess(document, 0).Status);
    }

    [Fact]
    public void Assess_EveryStandardKindAndEnoughLines_IsOkWithNothingMissing()
    {
        var verdict = Assessor.Assess(Document(StandardKinds), YieldThresholds.Default.MinBudgetLines);

        Assert.Equal(new YieldVerdict(YieldStatus.Ok, null, 6, 6, YieldThresholds.Default.MinBudgetLines), verdict);
    }

    [Fact]
    public void Assess_OneLineTooFew_IsLowYieldSayingSo()
    {
        var verdict = Assessor.Assess(Document(StandardKinds), YieldThresholds.Default.MinBudgetLines - 1);

        Assert.Equal(YieldStatus.LowYield, verdict.Status);
        Assert.Contains($"only {YieldThresholds.Default.MinBudgetLines - 1} budget lines", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_NoContentsAndHalfTheStandardKinds_ExpectsTheMissingKinds()
    {
        var verdict = Assessor.Assess(Document([TableKind.Summary, TableKind.IncomeByUnit, TableKind.Other]), 500);

        Assert.Equal(YieldStatus.LowYield, verdict.Status);
        Assert.Equal(3 + 4, verdict.TablesExpected);
        Assert.Contains("3 of 7 expected tables", verdict.Reason, StringComparison.Ordinal);
        Assert.Contains("three_public", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_ContentsListsTablesNotFound_CountsThemAsExpected()
    {
        // 目录 of 12: 8 found (share 0.67 < 0.75), 4 reported missing.
        var document = Document(
            [.. StandardKinds, TableKind.ProjectList, TableKind.Other],
            [.. new[] { 9, 10, 11, 12 }.Select(n => Issue(IssueCodes.MissingTable, IssueSeverity.Warning, n))]);

        var verdict = Assessor.Assess(document, 500);

        Assert.Equal(YieldStatus.LowYield, verdict.Status);
        Assert.Equal(12, verdict.TablesExpected);
        Assert.Contains("表9 表10 表11 表12", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_ContentsMissingOneOfTwelve_StaysOk()
    {
        var document = Document([.. StandardKinds, TableKind.ProjectList, TableKind.Other, TableKind.Other, TableKind.Procurement, TableKind.Performance],
            Issue(IssueCodes.MissingTable, IssueSeverity.Warning, 12));

        var verdict = Assessor.Assess(document, 500);

        Assert.Equal(YieldStatus.Ok, verdict.Status);
        Assert.Equal(12, verdict.TablesExpected);
    }

    [Fact]
    public void Assess_TighterThresholds_AreHonoured()
    {
        var strict = new YieldAssessor(YieldThresholds.Default with { MinBudgetLines = 1000 });

        Assert.Equal(YieldStatus.LowYield, strict.Assess(Document(StandardKinds), 999).Status);
        Assert.Equal(YieldStatus.Ok, Assessor.Assess(Document(StandardKinds), 999).Status);
    }

    [Fact]
    public void Names_RoundTripEveryStatus()
    {
        foreach (var status in YieldStatuses.All)
        {
            Assert.Equal(status, YieldStatuses.Parse(YieldStatuses.Name(status)));
        }

        Assert.Equal("low_yield", YieldStatuses.Name(YieldStatus.LowYield));
        Assert.Throws<FormatException>(() => YieldStatuses.Parse("partial"));
    }

    private static BudgetDocument Document(IEnumerable<TableKind> kinds, params ExtractionIssue[] issues) => new()
    {
        Tables = [.. kinds.Select((k, i) => new BudgetTable { Number = i + 1, Title = $"表{i + 1}", Kind = k })],
        Issues = [.. issues],
    };

    private static ExtractionIssue Issue(string code, IssueSeverity severity, int? table = null) =>
        ExtractionIssue.Create(code, severity, $"{code} for the test", table);
}
