using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Tables;
using static BudgetHarvest.Validation.Tests.DocumentEdits;

namespace BudgetHarvest.Validation.Tests;

public sealed class SummaryPanelTests
{
    [Fact]
    public void Of_IncomePanel_MarksOnlyLinesPrintedWithQiZhong()
    {
        var income = SummaryPanel.Of(Load(SeedDocumentTests.SeedName).Table(1), SummaryPanels.Income)!;

        var details = Enumerable.Range(0, income.Rows.Count).Where(income.IsSubItem).Select(i => SummaryPanel.Label(income.Rows[i]));

        Assert.Equal(["专项资金列入部门预算的项目", "纳入财政专户管理的收费", "财政拨款资金结转"], details);
    }

    [Fact]
    public void Validate_LabelPrintedAsLineAndLaterAsDetail_CountsTheLineAsAPart()
    {
        // Xi'an templates print "1、财政拨款" under 部门预算 and "其中：财政拨款" under 上年结转.
        var document = Load(SeedDocumentTests.SeedName);
        var table = document.Table(1);
        var detail = table.Grid.First(r => r.Contains("其中：财政拨款资金结转"));
        detail[detail.IndexOf("其中：财政拨款资金结转")] = "其中：财政拨款";
        table.Rows.First(r => r.Text(RowFields.Item) == "财政拨款资金结转").Set(RowFields.Item, "财政拨款");

        var income = SummaryPanel.Of(table, SummaryPanels.Income)!;

        Assert.False(income.IsSubItem(1));
        Assert.True(income.IsSubItem(income.Rows.Count - 3));
        Assert.DoesNotContain(document.Validate().Issues, i => i.Table == 1);
    }

    [Fact]
    public void PartsOf_LineWithQiZhongDetail_LeavesTheDetailOut()
    {
        var income = SummaryPanel.Of(Load(SeedDocumentTests.SeedName).Table(1), SummaryPanels.Income)!;

        var generalBudget = income.Rows.ToList().FindIndex(r => SummaryPanel.Label(r) == "一般公共预算拨款");

        Assert.Empty(income.PartsOf(generalBudget));
    }
}
