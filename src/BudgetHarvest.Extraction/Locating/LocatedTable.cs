using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Extraction.Locating;

/// <summary>A standard table found in the PDF: what it is and where its parts are printed.</summary>
public sealed class LocatedTable
{
    public int? Number { get; set; }

    public string Title { get; set; } = "";

    public TableKind Kind { get; set; }

    public FundingSource? Funding { get; set; }

    public SpendingScope? Spending { get; set; }

    public RowKeyKind? RowKey { get; set; }

    public string? Measure { get; set; }

    public bool Empty { get; set; }

    public string? EmptyReason { get; set; }

    /// <summary>The page bands holding the table, in reading order: one per page it spans.</summary>
    public List<PageBand> Bands { get; } = [];

    /// <summary>Pages that hold rows of the table.</summary>
    public IEnumerable<int> Pages => Bands.Where(b => b.HasContent).Select(b => b.Page).Distinct();
}

/// <summary>A vertical slice of a page: from <paramref name="Top"/> down to <paramref name="Bottom"/> (PDF y).</summary>
public sealed record PageBand(int Page, double Top, double Bottom, bool HasContent);
