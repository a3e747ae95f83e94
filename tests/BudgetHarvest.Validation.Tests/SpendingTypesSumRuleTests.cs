using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Rules.WithinTable;

namespace BudgetHarvest.Validation.Tests;

public sealed class SpendingTypesSumRuleTests
{
    [Theory]
    [InlineData(10, 0)]
    [InlineData(11, 1)]
    public void Check_RowPrintingBasicAndProject_TotalIsTheirSum(int total, int expectedIssues)
    {
        // Templates outside Shaanxi print 基本支出 as one column (Shenzhen, Shanghai), or above 人员/公用.
        var table = new BudgetTable
        {
            Number = 7,
            Kind = TableKind.FunctionDetail,
            Measure = Measures.WanYuan,
            Rows = [new TableRow().Set(RowFields.Code, "201").Set(RowFields.Name, "一般公共服务支出")
                .Set(RowFields.Total, (decimal)total).Set(RowFields.Basic, 7m).Set(RowFields.Personnel, 5m).Set(RowFields.Public, 2m).Set(RowFields.Project, 3m)],
        };
        var document = new BudgetDocument { Tables = [table] };

        var report = new DocumentValidator([new SpendingTypesSumRule()]).Validate(document);

        Assert.Equal(expectedIssues, report.Issues.Count(i => i.Code == IssueCodes.SumMismatch));
    }
}
