using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>
/// The <see cref="TableKind"/> of a standard table from its printed title. Titles vary by year
/// prefix, 单位/部门, brackets and suffixes such as （不含上年结转）, so the rules look for the
/// distinctive words, most specific first.
/// </summary>
public static class TableKindClassifier
{
    // Order matters: 单位专项业务经费绩效目标表 is a performance table, not a project list;
    // 财政拨款结转资金支出表 must not fall into the 支出 rules.
    private static readonly (TableKind Kind, string[] AnyOf, string[] NoneOf)[] Rules =
    [
        (TableKind.Performance, ["绩效目标", "绩效指标"], []),
        (TableKind.ThreePublic, ["三公"], []),
        (TableKind.Procurement, ["政府采购"], []),
        (TableKind.Other, ["结转资金", "结转结余"], []),
        (TableKind.Summary, ["收支总表", "收支表", "收支预算总表", "收支预算表"], []),
        (TableKind.IncomeByUnit, ["收入总表", "收入预算总表", "收入预算表"], []),
        (TableKind.ExpenseByUnit, ["支出总表", "支出预算总表"], ["明细"]),
        (TableKind.EconomicDetail, ["经济分类", "经济科目"], []),
        (TableKind.FunctionDetail, ["功能分类", "功能科目", "支出明细表"], []),
        (TableKind.ProjectList, ["专项业务经费支出表", "专项业务经费表", "项目支出表", "专项支出表"], []),
    ];

    /// <summary>The kind of a table with this printed title; <see cref="TableKind.Other"/> when no rule fits.</summary>
    public static TableKind Classify(string? title)
    {
        var key = AmountParser.FoldWidth(LabelText.Compact(title));
        foreach (var (kind, anyOf, noneOf) in Rules)
        {
            if (anyOf.Any(w => key.Contains(w, StringComparison.Ordinal)) && !noneOf.Any(w => key.Contains(w, StringComparison.Ordinal)))
            {
                return kind;
            }
        }

        return TableKind.Other;
    }
}
