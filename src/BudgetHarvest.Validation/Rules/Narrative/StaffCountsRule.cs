using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Facts;

namespace BudgetHarvest.Validation.Rules.Narrative;

/// <summary>
/// The staff figures of the narrative add up: 编制 = 行政编制 + 事业编制, and 实有人员 = its 行政
/// + 事业 people, wherever all three are stated.
/// </summary>
public sealed class StaffCountsRule : IValidationRule
{
    public string Name => "StaffCounts";

    public void Check(ValidationContext context)
    {
        if (StaffingFactsReader.Read(context.Document) is not { } facts)
        {
            return;
        }

        Check(context, "编制", facts.Authorized, "行政编制", facts.AuthorizedAdministrative, "事业编制", facts.AuthorizedPublicService);
        Check(context, "实有人员", facts.Actual, "行政", facts.ActualAdministrative, "事业", facts.ActualPublicService);
    }

    private static void Check(ValidationContext context, string totalName, int? total, string firstName, int? first, string secondName, int? second)
    {
        if (total is null || first is null || second is null || context.Record(IdentityScope.Narrative, total == first + second))
        {
            return;
        }

        context.Report(IssueCodes.NarrativeMismatch, null,
            $"narrative (staffing): {totalName} {total} 人 ≠ {firstName} {first} + {secondName} {second} = {first + second} 人.");
    }
}
