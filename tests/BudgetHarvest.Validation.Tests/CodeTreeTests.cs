using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Tests;

public sealed class CodeTreeTests
{
    [Fact]
    public void BySubjectCode_UnitBlocksRepeatingCodes_EachLineUnderTheNearestPrefixAbove()
    {
        // Xi'an 2019 form: one block of subject lines per unit, the same codes in every block.
        var table = new BudgetTable
        {
            Number = 5,
            Kind = TableKind.FunctionDetail,
            Rows =
            [
                Line("208", 3m), Line("20805", 3m), Line("2080505", 3m),
                Line("208", 2m), Line("20805", 2m), Line("2080505", 2m),
            ],
        };

        var groups = CodeTree.BySubjectCode(table).Groups.ToList();

        Assert.Equal(4, groups.Count);
        Assert.All(groups, g => Assert.Equal(g.Parent.Amount(RowFields.Total), Assert.Single(g.Children).Amount(RowFields.Total)));
    }

    private static TableRow Line(string code, decimal total) =>
        new TableRow().Set(RowFields.Code, code).Set(RowFields.Name, "科目" + code).Set(RowFields.Total, total);
}
