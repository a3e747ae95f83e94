using BudgetHarvest.Core.Extraction;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Pipeline;

namespace BudgetHarvest.Extraction.Tests.Pipeline;

public sealed class BudgetExtractorBadInputTests
{
    private readonly BudgetExtractor _extractor = new();

    public static TheoryData<string, string> Cases => new()
    {
        { "empty", IssueCodes.InvalidPdf },
        { "truncated", IssueCodes.InvalidPdf },
        { "html", IssueCodes.InvalidPdf },
        { "encrypted", IssueCodes.EncryptedPdf },
        { "not-a-disclosure", IssueCodes.NotADisclosure },
        { "scanned", IssueCodes.NoTextLayer },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_BadInput_ReturnsDocumentWithOneErrorIssue(string input, string expectedCode)
    {
        var bytes = Bytes(input);

        var document = _extractor.Extract(bytes, input + ".pdf");

        var error = Assert.Single(document.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(expectedCode, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Empty(document.Tables);
        Assert.Equal(input + ".pdf", document.Source.File);
        Assert.Equal(64, document.Source.Sha256.Length);
    }

    [Fact]
    public void Extract_HtmlRenamedPdf_MessageQuotesWhatTheFileStartsWith()
    {
        var document = _extractor.Extract(BadPdfs.HtmlRenamed(), "page.pdf");

        Assert.Contains("<!DOCTYPE html>", document.Issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractAsync_TimeLimitExceeded_ReportsTimeout()
    {
        var slow = new BudgetExtractor(new ExtractionOptions { DocumentTimeout = TimeSpan.FromMilliseconds(1) });
        var bytes = await File.ReadAllBytesAsync(Testing.Fixtures.Real("xian-2022-shangwuju.pdf"));

        var document = await slow.ExtractAsync(bytes, "slow.pdf");

        Assert.Equal(IssueCodes.Timeout, Assert.Single(document.Issues).Code);
    }

    [Fact]
    public async Task ExtractFileAsync_MissingFile_ReportsUnreadableFile()
    {
        var document = await _extractor.ExtractFileAsync(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".pdf"));

        Assert.Equal(IssueCodes.InvalidPdf, Assert.Single(document.Issues).Code);
    }

    private static byte[] Bytes(string input) => input switch
    {
        "empty" => [],
        "truncated" => BadPdfs.Truncated(),
        "html" => BadPdfs.HtmlRenamed(),
        "encrypted" => BadPdfs.Encrypted(),
        "not-a-disclosure" => BadPdfs.NotADisclosure(),
        "scanned" => BadPdfs.NoTextLayer(),
        _ => throw new ArgumentOutOfRangeException(nameof(input)),
    };
}
