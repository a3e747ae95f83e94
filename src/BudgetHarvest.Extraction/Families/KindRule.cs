namespace BudgetHarvest.Extraction.Families;

/// <summary>
/// A title rule: a title holding any of <see cref="AnyOf"/> and none of <see cref="NoneOf"/> is a
/// table of <see cref="Kind"/>. Each facet is a value (<c>all</c>, <c>fiscal</c>, …), null when it
/// does not apply, <c>title:DEFAULT</c> (read from the title's words, DEFAULT when none) or
/// <c>header:DEFAULT</c> (read from the printed header, DEFAULT when it says nothing).
/// </summary>
public sealed class KindRule
{
    /// <summary>Words of which the title must hold at least one.</summary>
    public IReadOnlyList<string> AnyOf { get; init; } = [];

    /// <summary>Words the title must not hold.</summary>
    public IReadOnlyList<string> NoneOf { get; init; } = [];

    /// <summary>The kind's format name (<c>function_detail</c>).</summary>
    public string Kind { get; init; } = "other";

    /// <summary>The <c>funding</c> facet rule.</summary>
    public string? Funding { get; init; }

    /// <summary>The <c>spending</c> facet rule.</summary>
    public string? Spending { get; init; }

    /// <summary>The <c>row_key</c> facet rule.</summary>
    public string? RowKey { get; init; }
}

/// <summary>A word and the facet value it stands for.</summary>
public sealed class WordValue
{
    /// <summary>The word, as printed.</summary>
    public string Word { get; init; } = "";

    /// <summary>The facet value's format name.</summary>
    public string Value { get; init; } = "";
}

/// <summary>Header words that say what keys a table's rows.</summary>
public sealed class HeaderRowKey
{
    /// <summary>Header words of which at least one must be printed.</summary>
    public IReadOnlyList<string> AnyOf { get; init; } = [];

    /// <summary>The row key's format name.</summary>
    public string RowKey { get; init; } = "";

    /// <summary>Kinds the rule applies to (empty: all).</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];
}

/// <summary>A kind of document that is not a budget disclosure, recognised on its cover.</summary>
public sealed class DocumentType
{
    /// <summary>A pattern on the compact cover text.</summary>
    public string Pattern { get; init; } = "";

    /// <summary>A pattern that, when also on the cover, means the document is a budget after all.</summary>
    public string? Unless { get; init; }

    /// <summary>What the document is, for the refusal's message (<c>a notice (通知)</c>).</summary>
    public string What { get; init; } = "";
}
