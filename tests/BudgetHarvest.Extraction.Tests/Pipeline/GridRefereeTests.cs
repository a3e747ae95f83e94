using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Extraction.Tables;

namespace BudgetHarvest.Extraction.Tests.Pipeline;

/// <summary>The identities referee the grid stage's alignment-only readings: join a split column back, or flag.</summary>
public sealed class GridRefereeTests
{
    private static readonly List<string> Header = ["单位编码", "单位名称", "合计", "", "基本支出", "项目支出"];

    [Fact]
    public void Apply_AlignmentGridWithOneColumnSplitInTwo_JoinsItUnderTheIdentities()
    {
        // Right-aligned totals of different widths left a gap inside the 合计 column: wide ones on the left.
        var grid = Grid(
            ["", "合计", "1200.50", "", "1000.00", "200.50"],
            ["101", "本级", "", "800.25", "600.00", "200.25"],
            ["102", "下属", "", "400.25", "400.00", "0.25"]);
        var table = Table();

        var issues = new GridReferee(new TableRowMapper()).Apply(table, new ReconstructedGrid(grid, 1, [1]) { ReadByAlignment = true });

        Assert.Equal([1200.50m, 800.25m, 400.25m], table.Rows.Select(r => r.Amount(RowFields.Total)));
        Assert.Equal(5, table.Grid[0].Count);
        Assert.DoesNotContain(issues, i => i.Code == IssueCodes.SumMismatch);
    }

    [Fact]
    public void Apply_AlignmentGridUnderWhichNoIdentityHolds_FlagsTheTable()
    {
        var grid = Grid(
            ["", "合计", "1200.50", "", "900.00", "200.50"],
            ["101", "本级", "800.25", "", "500.00", "200.25"]);

        var issues = new GridReferee(new TableRowMapper()).Apply(Table(), new ReconstructedGrid(grid, 1, [1]) { ReadByAlignment = true });

        Assert.Contains(issues, i => i.Code == IssueCodes.SumMismatch && i.Severity == IssueSeverity.Warning);
    }

    [Fact]
    public void Apply_RuledGrid_MapsItAsRead()
    {
        var grid = Grid(
            ["", "合计", "1200.50", "", "900.00", "200.50"],
            ["101", "本级", "800.25", "", "500.00", "200.25"]);
        var table = Table();

        var issues = new GridReferee(new TableRowMapper()).Apply(table, new ReconstructedGrid(grid, 1, [1]));

        Assert.Equal(6, table.Grid[0].Count);
        Assert.DoesNotContain(issues, i => i.Code == IssueCodes.SumMismatch);
    }

    [Fact]
    public void Apply_AlignmentGridWithHeadingApartFromItsFigures_ReadsTheFiguresUnderTheHeading()
    {
        // Right-aligned zeros set off from their centred heading: 专项业务经费支出 over nothing, the zeros under no heading.
        List<List<string>> grid =
        [
            ["序号", "功能科目编码", "功能科目名称", "合计", "基本支出", "", "专项业务经费支出", "", "备注"],
            ["", "", "", "", "人员经费支出", "公用经费支出", "", "", ""],
            ["1", "", "合计", "16,414,831.00", "14,356,800.00", "2,058,031.00", "", "0", ""],
            ["2", "208", "社会保障和就业支出", "2,310,124.00", "2,310,124.00", "0", "", "0", ""],
        ];
        var table = new BudgetTable { Number = 5, Title = "一般公共预算支出明细表", Kind = TableKind.FunctionDetail };

        var issues = new GridReferee(new TableRowMapper()).Apply(table, new ReconstructedGrid(grid, 2, [1]) { ReadByAlignment = true });

        // Either reading is right: the referee joins the two columns, or the header realignment moves the
        // heading onto its figures; the zeros must be 专项 and the identities must hold.
        Assert.Equal([0m, 0m], table.Rows.Select(r => r.Amount(RowFields.Project)));
        Assert.Equal([16_414_831.00m, 2_310_124.00m], table.Rows.Select(r => r.Amount(RowFields.Total)));
        Assert.DoesNotContain(issues, i => i.Code is IssueCodes.SumMismatch or IssueCodes.UnmappedTable);
    }

    [Fact]
    public void Apply_AlignmentGridWithGroupAndLeavesReadAsOneHeading_SplitsThemOverTheirFigures()
    {
        // 基本支出人员经费支出公用经费支出 printed as one heading over two columns: the second has none until
        // the header realignment splits the run-together headings over the figures.
        List<List<string>> grid =
        [
            ["序号", "功能科目编码", "功能科目名称", "合计", "基本支出人员经费支出公用经费支出", "", "备注"],
            ["1", "", "合计", "8,456,938.00", "7,583,411.00", "873,527.00", ""],
            ["2", "208", "社会保障和就业支出", "1,256,982.00", "1,256,982.00", "0", ""],
        ];
        var table = new BudgetTable { Number = 7, Title = "一般公共预算基本支出明细表", Kind = TableKind.FunctionDetail };

        var issues = new GridReferee(new TableRowMapper()).Apply(table, new ReconstructedGrid(grid, 1, [1]) { ReadByAlignment = true });

        Assert.Equal([7_583_411.00m, 1_256_982.00m], table.Rows.Select(r => r.Amount(RowFields.Personnel)));
        Assert.Equal([873_527.00m, 0m], table.Rows.Select(r => r.Amount(RowFields.Public)));
        Assert.DoesNotContain(issues, i => i.Code == IssueCodes.UnmappedTable);
    }

    [Fact]
    public void Apply_AlignmentGridWithFiguresUnderNoHeading_FlagsTheTable()
    {
        // A column of figures whose heading was lost altogether: no identity names it, so it is no field.
        List<List<string>> grid =
        [
            ["序号", "功能科目编码", "功能科目名称", "合计", ""],
            ["1", "", "合计", "8,456,938.00", "7,583,411.00"],
            ["2", "208", "社会保障和就业支出", "1,256,982.00", "1,000,000.00"],
        ];
        var table = new BudgetTable { Number = 7, Title = "一般公共预算基本支出明细表", Kind = TableKind.FunctionDetail };

        var issues = new GridReferee(new TableRowMapper()).Apply(table, new ReconstructedGrid(grid, 1, [1]) { ReadByAlignment = true });

        Assert.Contains(issues, i => i.Code == IssueCodes.UnmappedTable && i.Message.Contains("under no heading", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_AlignmentGridWithHeaderAndItsOneLineRunTogether_FlagsTheTable()
    {
        List<List<string>> grid =
        [
            ["科目编码类款207 01", "单位编码312007", "采购项目文献资源购置", "数量29", "实施采购时间2023年8月", "预算金额9.38"],
        ];
        var table = new BudgetTable { Number = 11, Title = "政府采购预算表", Kind = TableKind.Procurement };

        var issues = new GridReferee(new TableRowMapper()).Apply(table, new ReconstructedGrid(grid, 0, [1]) { ReadByAlignment = true });

        Assert.Contains(issues, i => i.Code == IssueCodes.UnmappedTable && i.Message.Contains("no line was read as data", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_AlignmentSummaryWithATotalRunIntoTheLineUnder_FlagsTheTable()
    {
        List<List<string>> grid =
        [
            ["项目", "预算数", "项目", "预算数"],
            ["一、财政拨款", "100.00", "一、一般公共服务支出", "100.00"],
            ["本年收入合计上年结转", "100.00", "本年支出合计结转下年", "100.00"],
        ];
        var table = new BudgetTable { Number = 1, Title = "收支预算总表", Kind = TableKind.Summary };

        var issues = new GridReferee(new TableRowMapper()).Apply(table, new ReconstructedGrid(grid, 1, [1]) { ReadByAlignment = true });

        Assert.Contains(issues, i => i.Code == IssueCodes.UnmappedTable && i.Message.Contains("本年收入合计上年结转", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_RuledGridWithFiguresUnderNoHeading_NotFlaggedByTheAlignmentCheck()
    {
        List<List<string>> grid =
        [
            ["单位编码", "单位名称", "合计", "", "基本支出", "项目支出"],
            ["101", "本级", "800.25", "5.00", "600.00", "200.25"],
        ];

        var issues = new GridReferee(new TableRowMapper()).Apply(Table(), new ReconstructedGrid(grid, 1, [1]));

        Assert.DoesNotContain(issues, i => i.Code == IssueCodes.UnmappedTable);
    }

    private static BudgetTable Table() => new() { Number = 3, Title = "支出总表", Kind = TableKind.ExpenseByUnit };

    private static List<List<string>> Grid(params List<string>[] body) => [[.. Header], .. body.Select(r => r.ToList())];
}
