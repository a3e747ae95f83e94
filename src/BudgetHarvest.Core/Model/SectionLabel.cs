namespace BudgetHarvest.Core.Model;

/// <summary>The sixteen kinds of narrative section the format distinguishes.</summary>
public enum SectionLabel
{
    /// <summary>主要职责.</summary>
    Duties,
    /// <summary>机构设置, 内设机构.</summary>
    Organization,
    /// <summary>工作任务, 年度重点工作.</summary>
    Tasks,
    /// <summary>人员情况, 人员构成.</summary>
    Staffing,
    /// <summary>收支预算总体情况.</summary>
    BudgetOverview,
    /// <summary>财政拨款收支情况.</summary>
    FiscalAppropriation,
    /// <summary>一般公共预算拨款支出明细.</summary>
    GeneralBudgetDetail,
    /// <summary>政府性基金预算收支情况.</summary>
    GovFundBudget,
    /// <summary>国有资本经营预算收支情况.</summary>
    StateCapitalBudget,
    /// <summary>"三公"经费及会议费、培训费.</summary>
    ThreePublicCosts,
    /// <summary>国有资产占有使用及资产购置.</summary>
    Assets,
    /// <summary>政府采购.</summary>
    Procurement,
    /// <summary>绩效目标.</summary>
    PerformanceTargets,
    /// <summary>公用经费, 机关运行经费.</summary>
    OperatingCosts,
    /// <summary>专业名词解释.</summary>
    Glossary,
    /// <summary>Anything else in the narrative.</summary>
    Other,
}
