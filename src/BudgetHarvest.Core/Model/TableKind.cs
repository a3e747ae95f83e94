namespace BudgetHarvest.Core.Model;

/// <summary>The standard schema a table's rows follow.</summary>
public enum TableKind
{
    /// <summary>收支总表 / 财政拨款收支总表 / 政府性基金收支表: four side-by-side panels.</summary>
    Summary,
    /// <summary>收入总表 (表2).</summary>
    IncomeByUnit,
    /// <summary>支出总表 (表3).</summary>
    ExpenseByUnit,
    /// <summary>一般公共预算（基本）支出明细表 by 功能科目 (表5, 表7).</summary>
    FunctionDetail,
    /// <summary>一般公共预算（基本）支出明细表 by 经济科目 (表6, 表8).</summary>
    EconomicDetail,
    /// <summary>专项业务经费支出表 (表10).</summary>
    ProjectList,
    /// <summary>政府采购预算表 (表11).</summary>
    Procurement,
    /// <summary>"三公"经费及会议费、培训费支出预算表.</summary>
    ThreePublic,
    /// <summary>绩效目标表 (表13–表15).</summary>
    Performance,
    /// <summary>A table the schemas do not cover: grid only.</summary>
    Other,
}
