using BudgetHarvest.Extraction.Tables;

namespace BudgetHarvest.Extraction.Tests;

public sealed class RadicalNormalizerTests
{
    [Fact]
    public void Normalize_KangxiAndSupplementRadicals_MapsToUnifiedIdeographs()
    {
        Assert.Equal("一般公共预算基本支出明细表（按支出经济分类科目）", RadicalNormalizer.Normalize("⼀般公共预算基本⽀出明细表（按⽀出经济分类科⽬）"));
        Assert.Equal("门人支长", RadicalNormalizer.Normalize("⻔⼈⽀⻓"));
    }

    [Fact]
    public void Normalize_TextWithoutRadicals_ReturnsSameInstance()
    {
        const string text = "收入 ABC 123，（）";
        Assert.Same(text, RadicalNormalizer.Normalize(text));
    }
}
