namespace BudgetHarvest.Core.Model;

/// <summary>Whether a disclosure covers one unit or a department with its subordinate units.</summary>
public enum DisclosureKind
{
    /// <summary>单位预算: one budget unit.</summary>
    UnitBudget,

    /// <summary>部门预算: a department and its subordinate units.</summary>
    DepartmentBudget,
}
