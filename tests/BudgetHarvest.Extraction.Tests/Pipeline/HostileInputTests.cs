using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Extraction.Tests.Pipeline;

/// <summary>The issue-14 probe's files that extraction must diagnose in-process (the sandbox covers the ones that crash).</summary>
public sealed class HostileInputTests
{
    private const string Seed = "0000-baoji-bigdata-2023.pdf";

    private readonly BudgetExtractor _extractor = new();

    [Fact]
    public void Extract_TwentyFlippedBytesInEachToUnicodeMap_UnreadableTextErrorNotNoTextLayer()
    {
        var pdf = HostilePdfs.DamagedFonts(File.ReadAllBytes(Fixtures.Public(Seed)), flips: 20, key: "/ToUnicode");

        var document = _extractor.Extract(pdf, Seed);

        var error = Assert.Single(document.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(IssueCodes.UnreadableText, error.Code);
        Assert.Contains("text strings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TwentyFlippedBytesInEachFontProgram_TextStillRead()
    {
        var pdf = HostilePdfs.DamagedFonts(File.ReadAllBytes(Fixtures.Public(Seed)), flips: 20, key: "/FontFile");

        var document = _extractor.Extract(pdf, Seed);

        Assert.False(document.HasErrors);
        Assert.Equal("宝鸡市大数据管理中心", document.Document.UnitName);
    }

    [Fact]
    public void Extract_DoubleFlateBomb_ResourceLimitWithoutInflatingIt()
    {
        var bomb = HostilePdfs.DoubleFlateBomb();
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var document = _extractor.Extract(bomb, "bomb.pdf");

        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var error = Assert.Single(document.Issues);
        Assert.Equal(IssueCodes.ResourceLimit, error.Code);
        Assert.Equal(IssueSeverity.Error, error.Severity);
        Assert.True(allocated < 16 * 1024 * 1024, $"allocated {allocated / 1024} KB to find the bomb");
    }

    [Fact]
    public void Extract_StreamUnderTheDecodedBound_IsParsedNormally()
    {
        var small = HostilePdfs.DoubleFlateBomb(1024 * 1024);

        var document = _extractor.Extract(small, "small.pdf");

        Assert.DoesNotContain(document.Issues, i => i.Code == IssueCodes.ResourceLimit);
    }

    [Fact]
    public void Extract_DecodedBoundLowered_SameStreamIsRefused()
    {
        var small = HostilePdfs.DoubleFlateBomb(1024 * 1024);

        var document = new BudgetExtractor(new ExtractionOptions { MaxDecodedStreamBytes = 512 * 1024 }).Extract(small, "small.pdf");

        Assert.Equal(IssueCodes.ResourceLimit, Assert.Single(document.Issues).Code);
    }
}
