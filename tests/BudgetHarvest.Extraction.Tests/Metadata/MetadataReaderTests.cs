using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Metadata;
using BudgetHarvest.Extraction.Tests.Locating;

namespace BudgetHarvest.Extraction.Tests.Metadata;

public sealed class MetadataReaderTests
{
    [Fact]
    public void Read_UnitNameWrappedOnCover_JoinedName()
    {
        var metadata = MetadataReader.Read([SyntheticPages.Page(1, "2026年度", "福州市公安局治安管理", "支队", "单位预算", "目录")]);

        Assert.Equal(("福州市公安局治安管理支队", 2026, DisclosureKind.UnitBudget), (metadata.UnitName, metadata.Year, metadata.Kind));
    }

    [Fact]
    public void Read_TitleWrappedInsideTheWordBudget_UnitWithoutItsTail()
    {
        var metadata = MetadataReader.Read([SyntheticPages.Page(1, "2026年烟台市人民政府办公室部", "门预算", "目录")]);

        Assert.Equal(("烟台市人民政府办公室", DisclosureKind.DepartmentBudget), (metadata.UnitName, metadata.Kind));
    }

    [Fact]
    public void Read_BudgetUnitLineUnderCityTitle_TheUnitNotTheCity()
    {
        var metadata = MetadataReader.Read([SyntheticPages.Page(1, "上海市2026年市级单位预算", "预算单位：上海市职业能力考试院")]);

        Assert.Equal("上海市职业能力考试院", metadata.UnitName);
        Assert.Equal("上海市", metadata.Region);
    }

    [Fact]
    public void Read_StrayFarYear_NotTheBudgetYear()
    {
        var metadata = MetadataReader.Read([SyntheticPages.Page(1, "展望2035年远景目标", "2026年某某市统计局部门预算")]);

        Assert.Equal(2026, metadata.Year);
    }

    [Fact]
    public void Read_PartyOrganUnit_RegionIsTheCity()
    {
        var metadata = MetadataReader.Read([SyntheticPages.Page(1, "单位名称：中共西安市委党校", "2026年部门预算")]);

        Assert.Equal("西安市", metadata.Region);
    }
}
