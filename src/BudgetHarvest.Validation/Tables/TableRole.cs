namespace BudgetHarvest.Validation.Tables;

/// <summary>
/// The part a standard table plays in the disclosure. Templates number tables differently (a
/// 结转资金 table inserted as 表11 shifts the rest), so the role comes from kind and title.
/// </summary>
public enum TableRole
{
    /// <summary>收支总表 (表1): all funds.</summary>
    Summary,
    /// <summary>收入总表 (表2).</summary>
    IncomeByUnit,
    /// <summary>支出总表 (表3).</summary>
    ExpenseByUnit,
    /// <summary>财政拨款收支总表 (表4).</summary>
    FiscalSummary,
    /// <summary>一般公共预算支出明细表 by 功能科目 (表5).</summary>
    GeneralFunction,
    /// <summary>一般公共预算支出明细表 by 经济科目 (表6).</summary>
    GeneralEconomic,
    /// <summary>一般公共预算基本支出明细表 by 功能科目 (表7).</summary>
    BasicFunction,
    /// <summary>一般公共预算基本支出明细表 by 经济科目 (表8).</summary>
    BasicEconomic,
    /// <summary>政府性基金收支表 (表9).</summary>
    GovFundSummary,
    /// <summary>专项业务经费支出表 (表10).</summary>
    ProjectList,
    /// <summary>"三公"经费及会议费、培训费支出预算表 (表12).</summary>
    ThreePublic,
    /// <summary>单位（部门）整体支出绩效目标表 (表14).</summary>
    OverallPerformance,
}
