using BudgetHarvest.Core.Storage;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Harvesting.Seeds;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>A fetched PDF on its way through extract → validate → load: the argument of those jobs.</summary>
/// <param name="Sha256">The blob, and so the document's identity.</param>
/// <param name="SourceUri">Where it was fetched from.</param>
/// <param name="FileName">The document's file name.</param>
/// <param name="FetchedAt">When it was fetched.</param>
/// <param name="Unit">The seed unit it belongs to.</param>
/// <param name="RunId">The harvest run it is part of (null only for tickets queued by an older build).</param>
/// <param name="Location">The location it was discovered at, its identity in the run (null in tickets queued by an older build).</param>
public sealed record DocumentTicket(string Sha256, string SourceUri, string FileName, DateTimeOffset FetchedAt, UnitRef Unit, string? RunId, string? Location = null)
{
    /// <summary>The document's identity in its run's ledger.</summary>
    public string RunLocation => Location ?? SourceUri;

    /// <summary>The version of the extractor in this process, stored with each document it extracted.</summary>
    public static string? ExtractorVersion { get; } = typeof(BudgetExtractor).Assembly.GetName().Version?.ToString();

    /// <summary>The provenance stored with the document.</summary>
    public DocumentProvenance Provenance => new(SourceUri, FetchedAt, Unit.Code, Unit.Name, Unit.Department, Unit.Region, ExtractorVersion);

    /// <summary>What a final failure of one of this document's jobs is recorded against.</summary>
    public FailedItem ToFailedItem() => new(SourceUri, Unit, RunId, IsSource: false, RunLocation);

    /// <summary>The <see cref="IHarvestJob.FailedItemOf"/> of a job whose first argument is the ticket.</summary>
    internal static FailedItem FailedItemOfFirst(IReadOnlyList<object?> arguments) => ((DocumentTicket)arguments[0]!).ToFailedItem();
}
