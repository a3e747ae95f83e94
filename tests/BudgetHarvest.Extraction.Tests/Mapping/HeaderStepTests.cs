using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping;
using BudgetHarvest.Extraction.Mapping.Headers;
using static BudgetHarvest.Extraction.Tests.Mapping.GridBuilder;

namespace BudgetHarvest.Extraction.Tests.Mapping;

/// <summary>Header understanding: normalized wording, code columns, sources of funds, referee, extra, transposed 三公.</summary>
public sealed class HeaderStepTests
{
    [Theory]
    [InlineData("序序号号", "序号")]
    [InlineData("功功能能科科目目编编码码", "功能科目编码")]
    [InlineData("“三公”经费合计", "三公经费合计")]
    [InlineData("因公出国（境）费", "因公出国(境)费")]
    [InlineData("\u2F40 出", "支出")]
    [InlineData("合计", "合计")]
    [InlineData("合合计", "合合计")]
    [InlineData("合合合合合合合计计计计计计计", "合计")]
    [InlineData("222222222000000000222222222111111111年年年年年年年年年", "2021年")]
    [InlineData("合合合计计", "合合合计计")]
    public void Normalize_ProducerVariants_OneComparableForm(string printed, string expected) =>
        Assert.Equal(expected, HeaderText.Normalize(printed));

    [Fact]
    public void Map_DoubledGlyphHeader_ReadsEveryField()
    {
        var table = Table(TableKind.FunctionDetail,
            ["功功能能科科目目编编码码", "功功能能科科目目名名称称", "合合计计", "基基本本支支出出", "项项目目支支出出"],
            ["2080501", "行政单位离退休", "12.00", "10.00", "2.00"]);

        var row = Assert.Single(new TableRowMapper().Map(table).Rows);

        Assert.Equal("2080501", row.Text(RowFields.Code));
        Assert.Equal("行政单位离退休", row.Text(RowFields.Name));
        Assert.Equal(12m, row.Amount(RowFields.Total));
        Assert.Equal(10m, row.Amount(RowFields.Basic));
        Assert.Equal(2m, row.Amount(RowFields.Project));
    }

    [Fact]
    public void Map_CodeOverLeiKuanXiangPrintingOwnLevelOnly_JoinedFromEnclosingLines()
    {
        var table = Table(TableKind.FunctionDetail,
            ["科目编码", "", "", "科目名称", "合计"],
            ["类", "款", "项", "", ""],
            ["201", "", "", "一般公共服务支出", "5.00"],
            ["", "04", "", "发展与改革事务", "5.00"],
            ["", "", "01", "行政运行", "3.00"],
            ["", "", "02", "一般行政管理事务", "2.00"],
            ["208", "05", "01", "行政单位离退休", "1.00"]);

        var codes = new TableRowMapper().Map(table).Rows.Select(r => r.Text(RowFields.Code)).ToList();

        Assert.Equal(["201", "20104", "2010401", "2010402", "2080501"], codes);
    }

    [Fact]
    public void Map_SingleCodeColumnKuanPrintedAsOwnLevel_CompletedFromTheLeiAbove()
    {
        var table = Table(TableKind.FunctionDetail,
            ["功能科目编码", "功能科目名称", "合计"],
            ["125001", "某局", "3.00"],
            ["208", "社会保障和就业支出", "3.00"],
            ["05", "行政事业单位离退休", "2.00"],
            ["2080505", "机关事业单位基本养老保险缴费支出", "2.00"],
            ["99", "其他社会保障和就业支出", "1.00"]);

        var codes = new TableRowMapper().Map(table).Rows.Select(r => r.Text(RowFields.Code)).ToList();

        Assert.Equal(["125001", "208", "20805", "2080505", "20899"], codes);
    }

    [Fact]
    public void Map_NameWithBracketedCode_SplitsCodeAndName()
    {
        var table = Table(TableKind.FunctionDetail,
            ["功能科目名称", "小计", "项目支出"],
            ["[2060503]科技条件专项", "53.44", "53.44"]);

        var row = Assert.Single(new TableRowMapper().Map(table).Rows);

        Assert.Equal("2060503", row.Text(RowFields.Code));
        Assert.Equal("科技条件专项", row.Text(RowFields.Name));
        Assert.Equal(53.44m, row.Amount(RowFields.Total));
    }

    [Fact]
    public void Map_AmountColumnWithUnreadableHeader_RefereeGivesTheFieldTheIdentityLacks()
    {
        var table = Table(TableKind.FunctionDetail,
            ["科目编码", "科目名称", "###", "基本支出", "项目支出"],
            ["201", "一般公共服务支出", "12.00", "10.00", "2.00"],
            ["20101", "人大事务", "7.50", "7.00", "0.50"]);

        var result = new TableRowMapper().Map(table);

        Assert.Equal([12m, 7.5m], result.Rows.Select(r => r.Amount(RowFields.Total)));
        Assert.DoesNotContain(result.Issues, i => i.Code == IssueCodes.UnmappedColumn);
    }

    [Fact]
    public void Map_MergedHeadingOverTwoColumns_IdentitiesChooseTheReading()
    {
        // Two headings read as one (公务用车购置及运行维护费 + 公务接待费) over the 接待 column, 小计 alone over the vehicle total.
        var table = Table(TableKind.ThreePublic,
            ["项目", "合计", "因公出国（境）费", "公务用车购置及运行维护费公务接待费", "", "", ""],
            ["", "", "", "", "小计", "购置费", "运行维护费"],
            ["2023年预算数", "23.40", "0.00", "2.39", "21.01", "0.00", "21.01"]);

        var row = Assert.Single(new TableRowMapper().Map(table).Rows);

        Assert.Equal(2.39m, row.Amount(RowFields.Reception));
        Assert.Equal(21.01m, row.Amount(RowFields.VehicleTotal));
    }

    [Fact]
    public void Map_TotalReadUnderSpendingGroup_IdentitiesKeepItTheTotal()
    {
        // A misread header puts 合计 under the 基本支出 span; the figures say it is the total.
        var table = Table(TableKind.FunctionDetail,
            ["功能科目编码", "基本支出", "", "", "专项业务经费支出"],
            ["", "合计", "人员经费支出", "公用经费支出", ""],
            ["205", "10.00", "6.00", "1.00", "3.00"]);

        var row = Assert.Single(new TableRowMapper().Map(table).Rows);

        Assert.Equal(10m, row.Amount(RowFields.Total));
        Assert.False(row.Has(RowFields.Basic));
    }

    [Fact]
    public void Map_AmountColumnNoIdentityExplains_KeptInExtraWithInfoIssue()
    {
        var table = Table(TableKind.FunctionDetail,
            ["科目编码", "科目名称", "合计", "基本支出", "", "项目支出"],
            ["", "", "", "小计", "其他奇怪支出", ""],
            ["201", "一般公共服务支出", "12.00", "10.00", "4.00", "2.00"]);

        var result = new TableRowMapper().Map(table);

        var row = Assert.Single(result.Rows);
        Assert.Equal(10m, row.Amount(RowFields.Basic));
        Assert.Equal(new KeyValuePair<string, decimal?>("基本支出/其他奇怪支出", 4m), Assert.Single(row.Extra));
        var issue = Assert.Single(result.Issues, i => i.Code == IssueCodes.UnmappedColumn);
        Assert.Equal(IssueSeverity.Info, issue.Severity);
    }

    [Fact]
    public void Map_ThreePublicSplitBySourceOfFunds_OneRowPerYearAndSource()
    {
        var table = Table(TableKind.ThreePublic,
            ["预算单位", "年度", "总计", "", "公务接待费", ""],
            ["", "", "一般公共预算", "政府性基金预算", "一般公共预算", "政府性基金预算"],
            ["某局（本级）", "2025 年", "5.00", "1.00", "5.00", "1.00"],
            ["", "2026 年", "4.00", "0.00", "4.00", "0.00"]);

        var rows = new TableRowMapper().Map(table).Rows;

        Assert.Equal(["2025年/一般公共预算", "2025年/政府性基金预算", "2026年/一般公共预算", "2026年/政府性基金预算"], rows.Select(r => r.Text(RowFields.Label)));
        Assert.All(rows, r => Assert.Equal("某局（本级）", r.Text(RowFields.Name)));
        Assert.Equal([5m, 1m, 4m, 0m], rows.Select(r => r.Amount(RowFields.Reception)));
    }

    [Fact]
    public void Map_TransposedThreePublic_OneRowPerFundingColumn()
    {
        var table = Table(TableKind.ThreePublic,
            ["项目", "合计", "一般公共预算"],
            ["行政经费", "500.00", "500.00"],
            ["“三公”经费", "26.00", "26.00"],
            ["其中：（一）因公出国（境）支出", "1.00", "1.00"],
            ["（二）公务用车购置及运行维护支出", "20.00", "20.00"],
            ["（三）公务接待费支出", "5.00", "5.00"]);

        var rows = new TableRowMapper().Map(table).Rows;

        Assert.Equal(["合计", "一般公共预算"], rows.Select(r => r.Text(RowFields.Label)));
        Assert.All(rows, r =>
        {
            Assert.Equal(500m, r.Amount(RowFields.OperatingCosts));
            Assert.Equal(26m, r.Amount(RowFields.Total));
            Assert.Equal(1m, r.Amount(RowFields.Outbound));
            Assert.Equal(20m, r.Amount(RowFields.VehicleTotal));
            Assert.Equal(5m, r.Amount(RowFields.Reception));
        });
    }

    [Fact]
    public void Map_HeaderMappingToNothing_UnmappedTableQuotingHeader()
    {
        var table = Table(TableKind.FunctionDetail,
            ["甲栏", "乙栏"],
            ["某事", "12.00"]);

        var result = new TableRowMapper().Map(table);

        var issue = Assert.Single(result.Issues, i => i.Code == IssueCodes.UnmappedTable);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Contains("甲栏 乙栏", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("19349,057", 19349057)]
    [InlineData("120258,600", 120258600)]
    [InlineData("1,234.50", 1234.5)]
    public void TryParse_IrregularDigitGrouping_ReadsDigitsAsPrinted(string cell, double expected)
    {
        Assert.True(AmountParser.TryParse(cell, out var value));
        Assert.Equal((decimal)expected, value);
    }
}
