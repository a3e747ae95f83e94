using System.Text.RegularExpressions;

namespace BudgetHarvest.Extraction.Locating;

/// <summary>The printed shapes of 单位 lines, notes, amounts and title words, in one place (labels, 目录 entries and banners are family data).</summary>
internal static partial class TablePatterns
{
    /// <summary>The unit of amounts: <c>单位：万元</c>, <c>金额单位：元</c>, <c>单位:元</c>.</summary>
    [GeneratedRegex(@"单位[:：]?(万元|元)(?![\p{IsCJKUnifiedIdeographs}])")]
    public static partial Regex MeasureLine();

    /// <summary>A measure printed inside a header cell: <c>(万元)</c>, <c>预算金额（元）</c>.</summary>
    [GeneratedRegex(@"[（(](万元|元)[)）]")]
    public static partial Regex MeasureInCell();

    /// <summary>A leading budget year: <c>2022年</c>, <c>2022</c>.</summary>
    [GeneratedRegex(@"^(?:20\d{2})年?度?")]
    public static partial Regex YearPrefix();

    /// <summary>A note under a table: <c>注：不涉及。</c></summary>
    [GeneratedRegex(@"^[(（]?(?:注|备注|说明)[:：]")]
    public static partial Regex Note();

    /// <summary>An amount as printed in a data cell, with two decimals.</summary>
    [GeneratedRegex(@"^-?\d{1,3}(?:,\d{3})*(?:\.\d{1,2})$|^-?\d+\.\d{1,2}$")]
    public static partial Regex DecimalAmount();

    /// <summary>Words of a title that say which standard table it is.</summary>
    [GeneratedRegex(@"(收支总表|收入总表|支出总表|明细表|收支表|支出表|预算表|绩效目标表|绩效表|费表|资金表|情况表|总表|分类表)")]
    public static partial Regex StandardTitleWord();
}
