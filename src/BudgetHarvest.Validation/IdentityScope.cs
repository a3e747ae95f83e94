namespace BudgetHarvest.Validation;

/// <summary>Where the figures of an identity come from; the report counts identities per scope.</summary>
public enum IdentityScope
{
    /// <summary>Within one table: 合计 = Σ lines, 类 = Σ 款, row total = personnel + public + project.</summary>
    WithinTable,

    /// <summary>The same figure in two tables (表1 total = 表2 合计, 表5 = 表6, …).</summary>
    AcrossTables,

    /// <summary>A figure stated in the narrative against the tables or against the narrative itself.</summary>
    Narrative,
}
