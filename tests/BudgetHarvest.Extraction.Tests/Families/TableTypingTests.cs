using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Families;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Extraction.Tests.Families;

public sealed class TableTypingTests
{
    private static readonly TableTyping General = new(FamilyCatalog.Default.General);

    /// <summary>Every table of the wide truth: its printed title with its kind, funding and spending.</summary>
    public static TheoryData<string, TableKind, FundingSource?, SpendingScope?> WideTitles()
    {
        var data = new TheoryData<string, TableKind, FundingSource?, SpendingScope?>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in Fixtures.WideNames())
        {
            foreach (var table in Fixtures.GroundTruth(Fixtures.Wide(name + ".pdf")).Tables)
            {
                if (seen.Add(table.Title))
                {
                    data.Add(table.Title, table.Kind, table.Funding, table.Spending);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WideTitles))]
    public void Classify_WideTitle_KindAndFacetsOfTheTruth(string title, TableKind kind, FundingSource? funding, SpendingScope? spending)
    {
        var type = General.Classify(title);

        Assert.Equal((kind, funding, spending), (type.Kind, type.Funding, type.Spending));
    }

    [Theory]
    [InlineData("收入总表", "单位编码单位名称合计财政拨款", RowKeyKind.Unit)]
    [InlineData("收入预算总表", "功能分类科目编码功能分类科目名称合计", RowKeyKind.Function)]
    [InlineData("支出总表", "预算单位科目编码科目名称支出总计", RowKeyKind.Function)]
    [InlineData("财政拨款“三公”经费支出表", "预算单位合计因公出国（境）费", RowKeyKind.Unit)]
    [InlineData("“三公”经费支出表", "项目合计因公出国（境）费", RowKeyKind.Item)]
    [InlineData("政府采购预算表", "科目编码科目名称合计", RowKeyKind.Function)]
    [InlineData("政府采购预算表", "科目编码单位编码采购项目采购目录", RowKeyKind.Item)]
    public void Classify_TitleOpenOnRows_RowKeyFromThePrintedHeader(string title, string header, RowKeyKind expected) =>
        Assert.Equal(expected, General.Classify(title, header).RowKey);

    [Fact]
    public void Classify_PerformanceTable_NoFacets() =>
        Assert.Equal(new TableType(TableKind.Performance, null, null, null), General.Classify("2026年部门整体支出绩效目标表", "项目名称"));

    [Theory]
    [MemberData(nameof(WideTitles))]
    public void ClassifyAs_WideTitleAsItsOwnKind_TheFacetsOfTheTruth(string title, TableKind kind, FundingSource? funding, SpendingScope? spending)
    {
        var type = General.ClassifyAs(kind, title);

        Assert.Equal((kind, funding, spending), (type.Kind, type.Funding, type.Spending));
    }

    [Theory]
    [InlineData("单位综合预算政府采购预算表", TableKind.EconomicDetail, RowKeyKind.Economic)]
    [InlineData("部门收支总表", TableKind.FunctionDetail, RowKeyKind.Function)]
    [InlineData("单位综合预算专项业务经费支出表", TableKind.IncomeByUnit, RowKeyKind.Unit)]
    public void ClassifyAs_KindTheTitleDoesNotName_TheFacetsOfTheKindsFirstRule(string title, TableKind kind, RowKeyKind rowKey)
    {
        var type = General.ClassifyAs(kind, title);

        Assert.Equal((kind, rowKey), (type.Kind, type.RowKey));
    }

    [Fact]
    public void ClassifyAs_Other_NoFacets() =>
        Assert.Equal(new TableType(TableKind.Other, null, null, null), General.ClassifyAs(TableKind.Other, "单位综合预算收支总表"));
}
