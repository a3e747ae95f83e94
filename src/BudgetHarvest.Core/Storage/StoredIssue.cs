using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Core.Storage;

/// <summary>An extraction issue as stored with its document.</summary>
/// <param name="Sha256">The document it belongs to.</param>
/// <param name="Ordinal">Its 1-based position in the document's issue list.</param>
/// <param name="Issue">The issue as extracted.</param>
/// <param name="ReviewNote">True for the warehouse's notes to reviewers (<see cref="IssueCodes.ReviewNotes"/>), which are not part of the budgetharvest/1 document.</param>
public sealed record StoredIssue(string Sha256, int Ordinal, ExtractionIssue Issue, bool ReviewNote = false);
