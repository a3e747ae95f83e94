using BudgetHarvest.Core.Extraction;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Validation;

namespace BudgetHarvest.Core.Tests.Validation;

/// <summary>"Validate unless the extraction failed", the one way the pipeline validates.</summary>
public sealed class DocumentValidationTests
{
    [Fact]
    public void ValidateExtracted_ValidatorThrows_DocumentGetsAWarningInstead()
    {
        var document = new BudgetDocument { Source = new SourceInfo { File = "yusuan.pdf" } };

        var added = new ValidatorFunction(_ => throw new InvalidOperationException("a rule broke")).ValidateExtracted(document);

        var warning = Assert.Single(document.Issues);
        Assert.Equal((DocumentValidation.ValidationFailed, IssueSeverity.Warning), (warning.Code, warning.Severity));
        Assert.Contains("a rule broke", warning.Message, StringComparison.Ordinal);
        Assert.Equal(added, document.Issues);
    }

    [Fact]
    public void ValidateExtracted_FailedExtraction_ValidatorNeverCalled()
    {
        var document = FailedDocument.Create("yusuan.pdf", "", 0, IssueCodes.InvalidPdf, "cut short");
        var called = false;

        new ValidatorFunction(_ => { called = true; return []; }).ValidateExtracted(document);

        Assert.False(called);
        Assert.Single(document.Issues);
    }

    private sealed class ValidatorFunction(Func<BudgetDocument, IReadOnlyList<ExtractionIssue>> validate) : IDocumentValidator
    {
        public IReadOnlyList<ExtractionIssue> Validate(BudgetDocument document) => validate(document);
    }
}
