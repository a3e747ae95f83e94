namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>A source or document that yielded nothing usable, and why.</summary>
/// <param name="Location">The URL or path.</param>
/// <param name="Code">The stable reason code, e.g. <c>http_404</c>, <c>invalid_pdf</c>.</param>
/// <param name="Message">A sentence for the reviewer.</param>
public sealed record HarvestFailure(string Location, string Code, string Message);

/// <summary>Where a harvest run stands.</summary>
/// <param name="Sources">Sources the run started with.</param>
/// <param name="SourcesDone">Sources whose documents are all discovered (or that failed).</param>
/// <param name="Documents">Document locations discovered.</param>
/// <param name="Fetched">Documents downloaded (a 200 response or a local file read).</param>
/// <param name="New">Documents loaded into the warehouse for the first time without errors.</param>
/// <param name="Unchanged">Documents already loaded (304 Not Modified, or the same bytes seen before).</param>
/// <param name="Failures">Sources and documents that failed, with their reasons.</param>
/// <param name="Outstanding">Sources and documents still being worked on.</param>
public sealed record HarvestSummary(int Sources, int SourcesDone, int Documents, int Fetched, int New, int Unchanged, IReadOnlyList<HarvestFailure> Failures, int Outstanding)
{
    /// <summary>Documents (and sources) that failed.</summary>
    public int Failed => Failures.Count;

    /// <summary>Documents whose work is over (loaded, unchanged or failed).</summary>
    public int DocumentsDone => Documents - Math.Max(0, Outstanding - (Sources - SourcesDone));

    /// <summary>True when nothing is left to do.</summary>
    public bool IsComplete => Outstanding <= 0;
}
