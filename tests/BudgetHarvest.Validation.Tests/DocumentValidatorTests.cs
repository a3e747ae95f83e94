using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using static BudgetHarvest.Validation.Tests.DocumentEdits;

namespace BudgetHarvest.Validation.Tests;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void ValidateInto_DocumentValidatedBefore_ReplacesItsValidationIssuesAndKeepsExtractionIssues()
    {
        var document = Load(SeedDocumentTests.SeedName);
        document.Issues.Add(ExtractionIssue.Create(IssueCodes.MissingTable, IssueSeverity.Warning, "表16 listed in the 目录 was not found", 16));
        document.Issues.Add(ExtractionIssue.Create(IssueCodes.SumMismatch, IssueSeverity.Warning, "a stale finding", 4));

        var report = new DocumentValidator().ValidateInto(document);
        new DocumentValidator().ValidateInto(document);

        Assert.Equal(report.Issues.Count + 1, document.Issues.Count);
        Assert.Single(document.Issues, i => i.Code == IssueCodes.MissingTable);
        Assert.DoesNotContain(document.Issues, i => i.Message == "a stale finding");
    }

    [Fact]
    public void Validate_RuleThrows_ReportsItAndRunsTheOthers()
    {
        var validator = new DocumentValidator([new ThrowingRule(), .. DefaultRules.Create()]);

        var report = validator.Validate(Load(SeedDocumentTests.SeedName));

        Assert.Equal("Throwing: InvalidOperationException: odd data", Assert.Single(report.RuleFailures));
        Assert.Equal(7, report.Issues.Count);
    }

    [Fact]
    public void Validate_DocumentWithoutTablesOrNarrative_ChecksNothing()
    {
        var report = new DocumentValidator().Validate(new BudgetDocument());

        Assert.Empty(report.Issues);
        Assert.Equal(0, report.Checked);
        Assert.Null(report.Staffing);
        Assert.Equal(3, report.Tallies.Count);
    }

    [Fact]
    public void Validate_ExtractionWithDuplicatedAndTextCells_DoesNotThrow()
    {
        var document = Load("0001-tongchuan-jiaoyuju-2021");
        var table = document.Table(5);
        table.Rows.Add(table.Rows[1]);
        table.Rows[2].Set(RowFields.Total, "12,3x");
        table.Rows.Add(new TableRow().Set(RowFields.Name, null));

        var report = new DocumentValidator().Validate(document);

        Assert.Empty(report.RuleFailures);
        Assert.Contains(report.Issues, i => i.Table == 5);
    }

    private sealed class ThrowingRule : IValidationRule
    {
        public string Name => "Throwing";

        public void Check(ValidationContext context) => throw new InvalidOperationException("odd data");
    }
}
