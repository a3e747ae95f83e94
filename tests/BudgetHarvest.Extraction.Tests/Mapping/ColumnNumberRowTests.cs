using BudgetHarvest.Extraction.Mapping;

namespace BudgetHarvest.Extraction.Tests.Mapping;

/// <summary>Excel forms number their columns (栏次) under the header; that row is not data.</summary>
public sealed class ColumnNumberRowTests
{
    [Theory]
    [InlineData("**", "**", "1", "2", "3", "4")]
    [InlineData("栏次", "", "1", "2", "3")]
    public void IsColumnNumberRow_CountingIntegers_True(params string[] row) => Assert.True(HeaderLayout.IsColumnNumberRow(row));

    [Theory]
    [InlineData("201", "一般公共服务支出", "12.00", "3.00")] // a data row
    [InlineData("", "合计", "1", "2", "3")] // a label: data, even if the amounts count up
    [InlineData("1", "2")] // too short to tell
    [InlineData("3", "5", "8")] // amounts, not a count
    public void IsColumnNumberRow_DataRow_False(params string[] row) => Assert.False(HeaderLayout.IsColumnNumberRow(row));
}
