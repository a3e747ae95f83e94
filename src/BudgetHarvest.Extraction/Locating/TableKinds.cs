using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Extraction.Locating;

/// <summary>Which standard schema a printed title denotes.</summary>
public static class TableKinds
{
    // Ordered: the first keyword found in the title decides. Kept as data so a new template's
    // wording is one line here.
    private static readonly (string Keyword, TableKind Kind)[] Keywords =
    [
        ("结转资金", TableKind.Other),
        ("绩效目标", TableKind.Performance),
        ("三公", TableKind.ThreePublic),
        ("政府采购", TableKind.Procurement),
        ("专项业务经费支出表", TableKind.ProjectList),
        ("项目支出表", TableKind.ProjectList),
        ("经济分类", TableKind.EconomicDetail),
        ("经济科目", TableKind.EconomicDetail),
        ("功能分类", TableKind.FunctionDetail),
        ("功能科目", TableKind.FunctionDetail),
        ("支出明细表", TableKind.FunctionDetail),
        ("收支总表", TableKind.Summary),
        ("基金收支", TableKind.Summary),
        ("收入总表", TableKind.IncomeByUnit),
        ("支出总表", TableKind.ExpenseByUnit),
    ];

    /// <summary>The kind for a title; <see cref="TableKind.Other"/> when no keyword matches.</summary>
    public static TableKind FromTitle(string title)
    {
        var text = TableTitles.Key(title);
        foreach (var (keyword, kind) in Keywords)
        {
            if (text.Contains(keyword, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return TableKind.Other;
    }
}
