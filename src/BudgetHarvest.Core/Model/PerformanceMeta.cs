namespace BudgetHarvest.Core.Model;

/// <summary>The header block of a 绩效目标表: project, funding and goals.</summary>
public sealed class PerformanceMeta
{
    /// <summary>项目名称, or 部门（单位）名称 for a whole-unit table.</summary>
    public string? Project { get; set; }

    /// <summary>主管部门, or null when the table prints none.</summary>
    public string? Department { get; set; }

    public decimal? FundsTotal { get; set; }

    public decimal? FundsFiscal { get; set; }

    public decimal? FundsOther { get; set; }

    /// <summary>One string per printed goal line (总体目标 / 年度目标).</summary>
    public List<string> Goals { get; set; } = [];
}
