using System.Text.Json.Serialization;

namespace BudgetHarvest.Core.Model;

/// <summary>One standard table (表N) as printed and as mapped to its schema.</summary>
public sealed class BudgetTable
{
    /// <summary>The printed 表N number, or the 目录's number for an unnumbered title; null for a table in no 目录.</summary>
    public int? Number { get; set; }

    /// <summary>The printed title, whitespace removed.</summary>
    public string Title { get; set; } = "";

    public TableKind Kind { get; set; }

    /// <summary>Whose money the table covers; null where the facet does not apply (绩效目标, other).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FundingSource? Funding { get; set; }

    /// <summary>Which spending the table covers; null for income-only, 三公 and other tables.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SpendingScope? Spending { get; set; }

    /// <summary>What identifies one row; null where the facet does not apply.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RowKeyKind? RowKey { get; set; }

    /// <summary>The printed unit of amounts: <see cref="Measures.WanYuan"/> or <see cref="Measures.Yuan"/>.</summary>
    public string? Measure { get; set; }

    /// <summary>Published as an empty form (公开空表) or declared 不涉及.</summary>
    public bool Empty { get; set; }

    public string? EmptyReason { get; set; }

    /// <summary>1-based pages; a table continued across pages lists every page.</summary>
    public List<int> Pages { get; set; } = [];

    /// <summary>The table as printed, header rows once, one string per column.</summary>
    public List<List<string>> Grid { get; set; } = [];

    /// <summary>The table mapped to the standard schema of its <see cref="Kind"/>.</summary>
    public List<TableRow> Rows { get; set; } = [];

    /// <summary>Project-level facts of a performance (绩效目标) table; null for other kinds.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PerformanceMeta? Meta { get; set; }
}
