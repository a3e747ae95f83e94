namespace BudgetHarvest.Core.Storage;

/// <summary>What loading one document did.</summary>
/// <param name="Sha256">The document's source SHA-256.</param>
/// <param name="Outcome">Whether anything was written.</param>
/// <param name="BudgetLines">Budget-line facts written (0 when unchanged).</param>
public sealed record LoadResult(string Sha256, LoadOutcome Outcome, int BudgetLines);

/// <summary>Whether a load wrote anything.</summary>
public enum LoadOutcome
{
    /// <summary>The document was new and is now stored.</summary>
    Inserted,

    /// <summary>The same SHA-256 was already stored; nothing changed.</summary>
    Unchanged,

    /// <summary>The stored extraction of the same SHA-256 was replaced by a new one (a re-extraction).</summary>
    Replaced,
}
