using BudgetHarvest.Core.Text;

namespace BudgetHarvest.Core.Tests;

public sealed class CjkRadicalsTests
{
    [Theory]
    [InlineData("单位综合预算收⽀总表", "单位综合预算收支总表")]
    [InlineData("部⻔预算", "部门预算")]
    [InlineData("⼈员经费", "人员经费")]
    [InlineData("上年实⼾资金余额", "上年实户资金余额")]
    [InlineData("⽬录", "目录")]
    [InlineData("⻋辆 ⻚ ⻓期", "车辆 页 长期")]
    public void Normalize_RadicalCodePoints_BecomeUnifiedIdeographs(string printed, string expected)
    {
        Assert.Equal(expected, CjkRadicals.Normalize(printed));
    }

    [Theory]
    [InlineData("2023年单位预算（一般公共预算）：363.45万元")]
    [InlineData("“三公”经费 ⅠⅡ ①② ｆｕｌｌ")]
    [InlineData("")]
    public void Normalize_TextWithoutRadicals_IsReturnedUnchanged(string text)
    {
        Assert.Same(text, CjkRadicals.Normalize(text));
    }

    [Fact]
    public void ToIdeograph_EveryKangxiRadical_MapsOutsideTheRadicalBlocks()
    {
        for (var c = '\u2F00'; c <= '\u2FD5'; c++)
        {
            Assert.False(CjkRadicals.IsRadical(CjkRadicals.ToIdeograph(c)), $"U+{(int)c:X4}");
        }
    }
}
