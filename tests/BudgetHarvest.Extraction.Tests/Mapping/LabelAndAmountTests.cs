using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping;
using static BudgetHarvest.Extraction.Tests.Mapping.GridBuilder;

namespace BudgetHarvest.Extraction.Tests.Mapping;

public sealed class LabelAndAmountTests
{
    [Theory]
    [InlineData("一、部门预算", "部门预算")]
    [InlineData("1、财政拨款", "财政拨款")]
    [InlineData("(1)工资福利支出", "工资福利支出")]
    [InlineData("（2）商品和服务支出", "商品和服务支出")]
    [InlineData("3.对个人和家庭的补助", "对个人和家庭的补助")]
    [InlineData("其中：专项资金列入部门预算的项目", "专项资金列入部门预算的项目")]
    [InlineData("  政府办公厅(室) 及相关机构事务 ", "政府办公厅(室)及相关机构事务")]
    [InlineData("12345平台管理经费", "12345平台管理经费")]
    [InlineData("2023年预算数", "2023年预算数")]
    public void Normalize_PrintedLabel_StripsEnumeratorPrefixAndWhitespace(string printed, string expected) =>
        Assert.Equal(expected, LabelText.Normalize(printed));

    [Theory]
    [InlineData("1,234.56", "1234.56")]
    [InlineData("12,345,678.00", "12345678.00")]
    [InlineData("１２３．４５", "123.45")]
    [InlineData("１，２３４．５", "1234.5")]
    [InlineData(" 40 ", "40")]
    [InlineData("-3.20", "-3.20")]
    public void TryParse_PrintedNumber_ReadsDecimal(string cell, string expected)
    {
        Assert.True(AmountParser.TryParse(cell, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("**")]
    public void TryParse_BlankOrDash_Null(string cell)
    {
        Assert.True(AmountParser.TryParse(cell, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void Map_UnparsedAmountCell_NullAndWarningNamingTableRowAndCell()
    {
        var table = Table(TableKind.FunctionDetail,
            ["功能科目编码", "功能科目名称", "合计", "人员经费支出"],
            ["201", "一般公共服务支出", "12.5O", "1,000.00"]);

        var result = new TableRowMapper().Map(table);

        var row = Assert.Single(result.Rows);
        Assert.Null(row[RowFields.Total]);
        Assert.Equal(1000m, row.Amount(RowFields.Personnel));
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueCodes.UnparsedCell, issue.Code);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal(99, issue.Table);
        Assert.Contains("一般公共服务支出", issue.Message, StringComparison.Ordinal);
        Assert.Contains("12.5O", issue.Message, StringComparison.Ordinal);
    }
}
