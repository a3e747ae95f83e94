using System.Text.RegularExpressions;
using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Core.Narrative;

/// <summary>
/// The words section headings are made of, as data: which label a heading title names
/// (<c>三、人员情况说明</c> → <see cref="SectionLabel.Staffing"/>), and the label names of the format.
/// A title that names two sections at once (<c>主要职责及机构设置</c>) or none (<c>部门基本情况</c>)
/// names no label: it groups sub-sections or its content has to decide.
/// </summary>
public static partial class SectionVocabulary
{
    // Ordered: the first rule that matches wins, so the more specific phrases come first
    // (一般公共预算"三公"经费 is about 三公, 政府性基金预算收支 is not a 收支 overview, 财政拨款支出
    // 预算情况 details the spending while 财政拨款收支 is the appropriation overview).
    private static readonly (Regex Pattern, SectionLabel Label)[] Rules =
    [
        (new Regex("三公"), SectionLabel.ThreePublicCosts),
        (new Regex("名词解释|名词说明|术语解释"), SectionLabel.Glossary),
        (new Regex("政府性基金"), SectionLabel.GovFundBudget),
        (new Regex("国有资本经营"), SectionLabel.StateCapitalBudget),
        (new Regex("政府采购"), SectionLabel.Procurement),
        (new Regex("绩效"), SectionLabel.PerformanceTargets),
        (new Regex("国有资产|资产占[有用]|资产购置|资产情况"), SectionLabel.Assets),
        (new Regex("机关运行经费|公用经费|运行经费"), SectionLabel.OperatingCosts),
        (new Regex("会议费|培训费"), SectionLabel.ThreePublicCosts),
        (new Regex("财政拨款(基本|项目)?支出"), SectionLabel.GeneralBudgetDetail),
        (new Regex("财政拨款"), SectionLabel.FiscalAppropriation),
        (new Regex("一般公共预算|功能科目|经济科目|经济分类|支出具体情况|支出明细"), SectionLabel.GeneralBudgetDetail),
        (new Regex("^(本年|年度)?(收入|支出)预算"), SectionLabel.BudgetOverview),
        (new Regex("收支预算总体|收支总体|预算收支总体|收支预算情况|收支预算总额|总体情况"), SectionLabel.BudgetOverview),
        (new Regex("人员"), SectionLabel.Staffing),
        (new Regex("工作任务|重点工作|工作重点|主要任务|年度任务|工作计划|工作目标"), SectionLabel.Tasks),
        (new Regex("机构设置|内设机构|机构情况|单位构成|预算构成|机构"), SectionLabel.Organization),
        (new Regex("职责|职能"), SectionLabel.Duties),
        (new Regex("其他"), SectionLabel.Other),
    ];

    // Two subjects in one title: a grouping heading over both.
    [GeneratedRegex("(职责|职能).*(及|和|与).*机构|机构.*(及|和|与).*(职责|职能)")]
    private static partial Regex TwoSubjects();

    [GeneratedRegex("(情况|说明)$")]
    private static partial Regex GeneralEnding();

    // The endings section titles have; a list item or a task rarely ends this way.
    [GeneratedRegex("(情况|说明|解释|职责|职能|设置|机构|任务|重点|经费|目标|构成|预算|明细)$")]
    private static partial Regex TitleEnding();

    /// <summary>Whether a line is the part heading over the tables (第四部分 公开报表), where the narrative ends.</summary>
    public static bool IsTablesPart(string line) => HeadingText.Marker(line)?.Style == EnumeratorStyle.Part && BoundaryTitles.IsTables(line);

    /// <summary>All sixteen labels, in the order of <see cref="SectionLabel"/>.</summary>
    public static IReadOnlyList<SectionLabel> Labels { get; } = Enum.GetValues<SectionLabel>();

    /// <summary>
    /// Every label a heading names: one for most, both for a title over two subjects
    /// (<c>一、部门主要职责及机构设置</c> names the duties and the organization), none for a generic one.
    /// </summary>
    public static IReadOnlyList<SectionLabel> SubjectsOf(string? heading)
    {
        if (string.IsNullOrWhiteSpace(heading))
        {
            return [];
        }

        return TwoSubjects().IsMatch(HeadingText.Title(heading)) ? [SectionLabel.Duties, SectionLabel.Organization]
            : LabelOf(heading) is { } label ? [label] : [];
    }

    /// <summary>The label a heading names, or null when it names none or two.</summary>
    public static SectionLabel? LabelOf(string? heading)
    {
        if (string.IsNullOrWhiteSpace(heading))
        {
            return null;
        }

        var title = HeadingText.Title(heading);
        if (TwoSubjects().IsMatch(title))
        {
            return null;
        }

        foreach (var (pattern, label) in Rules)
        {
            if (pattern.IsMatch(title))
            {
                return label;
            }
        }

        return null;
    }

    // Unnumbered titles shorter than this (机构, 其他) are table cells or fragments, not sections.
    private const int ShortestTitle = 4;

    /// <summary>Whether a title reads like a section title (<c>…情况说明</c>, <c>…主要职责</c>) rather than a list item.</summary>
    public static bool ReadsAsSectionTitle(string title) =>
        HeadingText.Title(title).Length >= ShortestTitle && TitleEnding().IsMatch(HeadingText.Title(title)) && LabelOf(title) is not null;

    /// <summary>Whether a title ends as only section titles do: <c>…情况</c>, <c>…说明</c>.</summary>
    public static bool EndsAsSectionTitle(string title) => GeneralEnding().IsMatch(HeadingText.Title(title));

    /// <summary>The label's name in <c>budgetharvest/1</c> (<c>budget_overview</c>).</summary>
    public static string Name(SectionLabel label) => Names[(int)label];

    /// <summary>The label with that <c>budgetharvest/1</c> name.</summary>
    /// <exception cref="ArgumentException">The name is not one of the sixteen labels.</exception>
    public static SectionLabel Parse(string name)
    {
        var index = Array.IndexOf(Names, name);
        return index >= 0 ? (SectionLabel)index : throw new ArgumentException($"'{name}' is not a section label; expected one of {string.Join(", ", Names)}.", nameof(name));
    }

    private static readonly string[] Names = [.. Labels.Select(l => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(l.ToString()))];
}
