namespace BudgetHarvest.Core.Model;

/// <summary>Field names of <see cref="TableRow"/>, exactly as the format spells them.</summary>
public static class RowFields
{
    // Keys and labels.
    public const string Panel = "panel";
    public const string Item = "item";
    public const string Parent = "parent";
    public const string Code = "code";
    public const string Name = "name";
    public const string GovCode = "gov_code";
    public const string GovName = "gov_name";
    public const string Label = "label";
    public const string Description = "description";
    public const string Catalog = "catalog";
    public const string Service = "service";
    public const string Schedule = "schedule";
    public const string Level1 = "level1";
    public const string Level2 = "level2";
    public const string Value = "value";

    /// <summary>The object of amounts whose printed header maps to no key (see <see cref="TableRow.Extra"/>).</summary>
    public const string Extra = "extra";

    // Amounts.
    public const string Amount = "amount";
    public const string Quantity = "quantity";
    public const string Total = "total";
    public const string Fiscal = "fiscal";
    public const string Basic = "basic";
    public const string OperatingCosts = "operating_costs";
    public const string Personnel = "personnel";
    public const string Public = "public";
    public const string Project = "project";
    public const string GeneralBudget = "general_budget";
    public const string GeneralBudgetSpecial = "general_budget_special";
    public const string GovFund = "gov_fund";
    public const string StateCapital = "state_capital";
    public const string SuperiorSubsidy = "superior_subsidy";
    public const string Business = "business";
    public const string Operating = "operating";
    public const string Subsidiary = "subsidiary";
    public const string FundBalanceUsed = "fund_balance_used";
    public const string Carryover = "carryover";
    public const string PriorBalance = "prior_balance";
    public const string Other = "other";
    public const string SuperiorRemit = "superior_remit";
    public const string Outbound = "outbound";
    public const string Reception = "reception";
    public const string VehicleTotal = "vehicle_total";
    public const string VehiclePurchase = "vehicle_purchase";
    public const string VehicleOperation = "vehicle_operation";
    public const string Meeting = "meeting";
    public const string Training = "training";
}
