namespace BudgetHarvest.Core.Model;

/// <summary>Who published the disclosure and for which budget year.</summary>
public sealed class DocumentMetadata
{
    /// <summary>The unit (单位) or department whose budget this is.</summary>
    public string? UnitName { get; set; }

    /// <summary>The unit code (单位编码) printed in 表2/表3/表10, when printed.</summary>
    public string? UnitCode { get; set; }

    /// <summary>The supervising department (主管部门); for a 部门预算 the department itself.</summary>
    public string? Department { get; set; }

    /// <summary>The city or county, e.g. 宝鸡市.</summary>
    public string? Region { get; set; }

    /// <summary>The budget year (not the publication date).</summary>
    public int? Year { get; set; }

    public DisclosureKind? Kind { get; set; }
}
