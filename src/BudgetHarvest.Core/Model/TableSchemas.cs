namespace BudgetHarvest.Core.Model;

/// <summary>
/// The row keys budgetharvest/1 allows in each kind of table (the spec's row schemas): the text keys
/// that name a line and the keys that hold numbers. <c>extra</c> is allowed in every kind.
/// </summary>
public static class TableSchemas
{
    private static readonly string[] Income =
    [
        RowFields.Total, RowFields.Fiscal, RowFields.GeneralBudget, RowFields.GeneralBudgetSpecial, RowFields.GovFund, RowFields.StateCapital,
        RowFields.SuperiorSubsidy, RowFields.Business, RowFields.Operating, RowFields.Subsidiary, RowFields.FundBalanceUsed,
        RowFields.Carryover, RowFields.PriorBalance, RowFields.Other,
    ];

    private static readonly string[] Spending = [RowFields.Basic, RowFields.Personnel, RowFields.Public, RowFields.Project, RowFields.SuperiorRemit];

    private static readonly Dictionary<TableKind, (HashSet<string> Texts, HashSet<string> Numbers)> Schemas = new()
    {
        [TableKind.Summary] = ([RowFields.Panel, RowFields.Item, RowFields.Parent], [RowFields.Amount, .. Spending, .. Income]),
        [TableKind.IncomeByUnit] = ([RowFields.Code, RowFields.Name], [.. Income]),
        [TableKind.ExpenseByUnit] = ([RowFields.Code, RowFields.Name], [.. Income, .. Spending]),
        [TableKind.FunctionDetail] = ([RowFields.Code, RowFields.Name], [RowFields.Total, .. Spending, .. Income]),
        [TableKind.EconomicDetail] = ([RowFields.Code, RowFields.Name, RowFields.GovCode, RowFields.GovName], [RowFields.Total, .. Spending, .. Income]),
        [TableKind.ProjectList] = ([RowFields.Code, RowFields.Name, RowFields.Description], [RowFields.Amount]),
        [TableKind.Procurement] = ([RowFields.Item, RowFields.Catalog, RowFields.Service, RowFields.Schedule], [RowFields.Quantity, RowFields.Amount]),
        [TableKind.ThreePublic] = ([RowFields.Label, RowFields.Code, RowFields.Name],
            [RowFields.Total, RowFields.Outbound, RowFields.Reception, RowFields.VehicleTotal, RowFields.VehiclePurchase,
             RowFields.VehicleOperation, RowFields.Meeting, RowFields.Training, RowFields.OperatingCosts]),
        [TableKind.Performance] = ([RowFields.Level1, RowFields.Level2, RowFields.Name, RowFields.Value], []),
        [TableKind.Other] = ([], []),
    };

    /// <summary>Whether a row of a <paramref name="kind"/> table may hold <paramref name="key"/> (<c>extra</c> aside).</summary>
    public static bool Allows(TableKind kind, string key) => IsText(kind, key) || IsNumber(kind, key);

    /// <summary>Whether <paramref name="key"/> is a text key (a code, a name, a label) of the kind.</summary>
    public static bool IsText(TableKind kind, string key) => Schemas[kind].Texts.Contains(key);

    /// <summary>Whether <paramref name="key"/> holds a number in the kind (an amount, a quantity).</summary>
    public static bool IsNumber(TableKind kind, string key) => Schemas[kind].Numbers.Contains(key);

    /// <summary>Every key the kind allows, text keys first.</summary>
    public static IEnumerable<string> Keys(TableKind kind) => Schemas[kind].Texts.Concat(Schemas[kind].Numbers);
}
