using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Rules.WithinTable;

/// <summary>
/// In the 功能科目 tables (表5, 表7): 合计 = Σ 类 lines, a 类 (201) = Σ its 款 (20103, 20105, …),
/// a 款 = Σ its 项 (2010350, …); in the 经济科目 tables (表6, 表8): 合计 = Σ 类, a 类 (301) = Σ its
/// 款 (30101, …). Checked in every amount column. A table printing unit lines (125001 …) above each
/// unit's block sums its units in 合计 and each unit's 类 lines in the unit line.
/// </summary>
public sealed class SubjectCodeSumsRule : IValidationRule
{
    private static readonly string[] Fields = [RowFields.Total, RowFields.Personnel, RowFields.Public, RowFields.Project];

    public string Name => "SubjectCodeSums";

    public void Check(ValidationContext context)
    {
        foreach (var table in context.Document.Tables.Where(t => t.Kind is TableKind.FunctionDetail or TableKind.EconomicDetail))
        {
            CodeLinesSum.Check(context, table, CodeTree.BySubjectCode(table), Fields, LevelName);
        }
    }

    private static string LevelName(TableRow row) => DetailLines.Code(row)?.Length switch
    {
        3 => "类",
        5 => "款",
        7 => "项",
        6 => "unit",
        _ => "sub-subject",
    };
}
