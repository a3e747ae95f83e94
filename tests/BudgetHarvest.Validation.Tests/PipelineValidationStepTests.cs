using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Validation;
using static BudgetHarvest.Validation.Tests.DocumentEdits;

namespace BudgetHarvest.Validation.Tests;

/// <summary>
/// The validation stage as the pipeline's <see cref="IDocumentValidator"/>, called the one way every
/// part of the pipeline calls it (<see cref="DocumentValidation.ValidateExtracted"/>).
/// </summary>
public sealed class PipelineValidationStepTests
{
    private const string Gonglu = "0002-weinan-gonglu-2023";
    private readonly IDocumentValidator _validator = new DocumentValidator();

    [Fact]
    public void ValidateExtracted_MisprintedTotal_AddsTheStagesSumMismatch()
    {
        var document = Load(Gonglu).SetSummary(1, SummaryPanels.Function, "本年支出合计", 3036.34m);

        var added = _validator.ValidateExtracted(document);

        Assert.Contains(added, i => i.Code == IssueCodes.SumMismatch && i.Message.Contains("3,036.34 万元 ≠ 3,063.34 万元", StringComparison.Ordinal));
        Assert.Equal(added, document.Issues.TakeLast(added.Count));
    }

    [Fact]
    public void ValidateExtracted_DocumentWithAnErrorIssue_IsNotValidated()
    {
        var document = Load(Gonglu).SetSummary(1, SummaryPanels.Function, "本年支出合计", 3036.34m);
        document.Issues.Add(ExtractionIssue.Create(IssueCodes.InvalidPdf, IssueSeverity.Error, "the file is cut short"));

        var added = _validator.ValidateExtracted(document);

        Assert.Empty(added);
        Assert.DoesNotContain(document.Issues, i => i.Code == IssueCodes.SumMismatch);
    }
}
