using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Validation;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Facts;

namespace BudgetHarvest.Validation;

/// <summary>
/// Reconciles the figures of one document: runs every rule over it and reports each identity that
/// does not hold as an issue naming the table(s), line(s) and both figures. Never throws for odd
/// data: a rule that fails is reported in <see cref="ValidationReport.RuleFailures"/> and the rest run.
/// </summary>
public sealed class DocumentValidator(IEnumerable<IValidationRule>? rules = null, ValidationOptions? options = null) : IDocumentValidator
{
    private readonly IReadOnlyList<IValidationRule> _rules = rules?.ToList() ?? DefaultRules.Create();
    private readonly ValidationOptions _options = options ?? ValidationOptions.Default;

    /// <summary>The codes this stage writes; issues with other codes (extraction's) are never touched.</summary>
    public static IReadOnlySet<string> IssueCodesWritten { get; } =
        new HashSet<string>(StringComparer.Ordinal) { IssueCodes.SumMismatch, IssueCodes.CrossTableMismatch, IssueCodes.NarrativeMismatch };

    /// <summary>Checks a document without changing it.</summary>
    public ValidationReport Validate(BudgetDocument document)
    {
        var context = new ValidationContext(document, _options);
        var failures = new List<string>();
        foreach (var rule in _rules)
        {
            try
            {
                rule.Check(context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures.Add($"{rule.Name}: {e.GetType().Name}: {e.Message}");
            }
        }

        return new ValidationReport
        {
            Issues = context.Issues,
            Tallies = context.Tallies,
            Staffing = StaffingFactsReader.Read(document),
            RuleFailures = failures,
        };
    }

    /// <summary>The pipeline's validation step (<see cref="IDocumentValidator"/>): the issues of <see cref="Validate"/>.</summary>
    IReadOnlyList<ExtractionIssue> IDocumentValidator.Validate(BudgetDocument document) => Validate(document).Issues;

    /// <summary>
    /// Validates a document and puts the issues found into it, replacing those of an earlier
    /// validation so re-validating never duplicates them.
    /// </summary>
    public ValidationReport ValidateInto(BudgetDocument document)
    {
        document.Issues.RemoveAll(i => IssueCodesWritten.Contains(i.Code));
        var report = Validate(document);
        document.Issues.AddRange(report.Issues);
        return report;
    }
}
