using System.Text;
using BudgetHarvest.Harvesting.Fetching;

namespace BudgetHarvest.Harvesting.Tests.Fetching;

/// <summary>Charset names of the GB family as portals and servers spell them.</summary>
public sealed class HtmlTextCharsetTests
{
    [Theory]
    [InlineData("GBK")]
    [InlineData("gb2312")]
    [InlineData("x-gbk")]
    [InlineData("\"GB_2312-80\"")]
    [InlineData("cp936")]
    [InlineData("GB18030")]
    public void Decode_GbkBytesUnderAnyGbName_ReadsTheChinese(string charset)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GBK").GetBytes("<a href=\"a.pdf\">2026年部门预算</a>");

        Assert.Contains("2026年部门预算", HtmlText.Decode(bytes, charset), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NoCharsetAnywhere_ReadsUtf8()
    {
        Assert.Equal("<p>预算</p>", HtmlText.Decode(Encoding.UTF8.GetBytes("<p>预算</p>"), null));
    }
}
