namespace BudgetHarvest.Extraction.Families;

/// <summary>
/// What differs between the disclosure templates of one family of publishers (a province or a
/// city), as read from its data file. Code reads these rules without knowing any family by name;
/// a family file adds to the general rules, and its own rules are tried first.
/// </summary>
public sealed class TemplateFamily
{
    /// <summary>The family's name (the data file's), e.g. <c>jiangsu</c>; <c>general</c> for the fallback.</summary>
    public string Name { get; init; } = "";

    /// <summary>Patterns (on compact page text) whose presence says a document belongs to the family.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>How a table's label is printed (<c>表N</c>, <c>公开NN表</c>, <c>表一</c>, …), most specific first.</summary>
    public IReadOnlyList<LabelRule> Labels { get; init; } = [];

    /// <summary>How a 目录 line starts (<c>一、</c>, <c>（一）</c>, <c>1.</c>, <c>表1</c>): each pattern has a group <c>n</c>.</summary>
    public IReadOnlyList<string> TocEntries { get; init; } = [];

    /// <summary>Lines that announce the tables part (<c>第二部分 部门预算表</c>, <c>五、单位预算表</c>): never tables.</summary>
    public IReadOnlyList<string> Banners { get; init; } = [];

    /// <summary>Title vocabulary → kind and facets, most specific first.</summary>
    public IReadOnlyList<KindRule> Kinds { get; init; } = [];

    /// <summary>Title words naming whose money a table covers, most specific first.</summary>
    public IReadOnlyList<WordValue> FundingWords { get; init; } = [];

    /// <summary>Title words naming which spending a table covers.</summary>
    public IReadOnlyList<WordValue> SpendingWords { get; init; } = [];

    /// <summary>Printed header words that say what keys a row, most telling first.</summary>
    public IReadOnlyList<HeaderRowKey> RowKeyHeaders { get; init; } = [];

    /// <summary>Notes that mark a table as published empty (<c>本表本年无发生额</c>, <c>无此项</c>, …).</summary>
    public IReadOnlyList<string> EmptyNotes { get; init; } = [];

    /// <summary>What a document that is not a budget disclosure says on its cover, and what it is then.</summary>
    public IReadOnlyList<DocumentType> DocumentTypes { get; init; } = [];

    /// <summary>Column wordings this family adds to the mapper's synonyms, by kind then field (filled by the mapping side).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> ColumnSynonyms { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>();

    /// <summary>This family's rules tried first, then the general ones.</summary>
    public TemplateFamily Over(TemplateFamily general) => new()
    {
        Name = Name,
        Evidence = Evidence,
        Labels = [.. Labels, .. general.Labels],
        TocEntries = [.. TocEntries, .. general.TocEntries],
        Banners = [.. Banners, .. general.Banners],
        Kinds = [.. Kinds, .. general.Kinds],
        FundingWords = [.. FundingWords, .. general.FundingWords],
        SpendingWords = [.. SpendingWords, .. general.SpendingWords],
        RowKeyHeaders = [.. RowKeyHeaders, .. general.RowKeyHeaders],
        EmptyNotes = [.. EmptyNotes, .. general.EmptyNotes],
        DocumentTypes = [.. DocumentTypes, .. general.DocumentTypes],
        ColumnSynonyms = ColumnSynonyms.Count > 0 ? ColumnSynonyms : general.ColumnSynonyms,
    };
}
