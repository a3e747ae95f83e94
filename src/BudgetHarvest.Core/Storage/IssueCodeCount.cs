using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Core.Storage;

/// <summary>How often one issue code occurs among stored documents: the dashboard's "what fails most".</summary>
/// <param name="Code">The issue code, e.g. <c>encrypted_pdf</c>.</param>
/// <param name="Severity">Its severity (a code reported at two severities is counted once for each).</param>
/// <param name="Documents">Documents carrying it at least once.</param>
/// <param name="Issues">Occurrences in all.</param>
public sealed record IssueCodeCount(string Code, IssueSeverity Severity, int Documents, int Issues);
