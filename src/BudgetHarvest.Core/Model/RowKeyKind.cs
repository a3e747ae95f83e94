namespace BudgetHarvest.Core.Model;

/// <summary>The <c>row_key</c> facet of a table: what identifies one of its rows.</summary>
public enum RowKeyKind
{
    /// <summary>A unit (单位编码 / 单位名称).</summary>
    Unit,
    /// <summary>A 功能科目 (subject code of the functional classification).</summary>
    Function,
    /// <summary>An 经济科目 (subject code of the economic classification).</summary>
    Economic,
    /// <summary>A project.</summary>
    Project,
    /// <summary>A printed item label (summary panels, 三公 lines).</summary>
    Item,
}
