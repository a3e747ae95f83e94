using BudgetHarvest.Validation.Rules.AcrossTables;
using BudgetHarvest.Validation.Rules.Narrative;
using BudgetHarvest.Validation.Rules.WithinTable;

namespace BudgetHarvest.Validation;

/// <summary>The ready rule set: every identity within tables, across tables and against the narrative.</summary>
public static class DefaultRules
{
    /// <summary>A new list of the default rules, in the order their issues are reported.</summary>
    public static IReadOnlyList<IValidationRule> Create() =>
    [
        new SummaryLinesSumToParentRule(),
        new SummaryYearTotalRule(),
        new SummaryGrandTotalRule(),
        new SummaryPanelsAgreeRule(),
        new FundingSourcesSumRule(),
        new SpendingTypesSumRule(),
        new UnitCodeSumsRule(),
        new SubjectCodeSumsRule(),
        new ThreePublicTotalsRule(),
        new PerformanceFundsRule(),
        new CrossTableIdentitiesRule(),
        new BasicLinesMatchGeneralLinesRule(),
        new PerformanceTasksMatchSpendingRule(),
        new NarrativeAmountsRule(),
        new NarrativeSubjectAmountsRule(),
        new NarrativeChangeRatesRule(),
        new TrainingMeetingDetailRule(),
        new StaffCountsRule(),
    ];
}
