using System.Text.Json;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Layout;
using BudgetHarvest.Extraction.Mapping;

namespace BudgetHarvest.Extraction.Families;

/// <summary>
/// Types a table from its printed title, and where the title leaves it open (收入总表 keyed by unit
/// or by 功能科目), from the words of its printed header, following a family's title vocabulary.
/// </summary>
public sealed class TableTyping(TemplateFamily family)
{
    private const string FromTitle = "title:";
    private const string FromHeader = "header:";

    /// <summary>The type of a table with this title; <paramref name="header"/> is the compact text printed above its first data line, when known.</summary>
    public TableType Classify(string? title, string? header = null)
    {
        var key = Key(title);
        var rule = family.Kinds.FirstOrDefault(r => r.AnyOf.Any(w => key.Contains(Key(w), StringComparison.Ordinal)) && !r.NoneOf.Any(w => key.Contains(Key(w), StringComparison.Ordinal)));
        if (rule is null)
        {
            return TableType.Other;
        }

        var kind = TableKinds.Parse(rule.Kind);
        var headerKey = Key(header);
        return new TableType(
            kind,
            Facet(rule.Funding, key, family.FundingWords, ParseFunding),
            Facet(rule.Spending, key, family.SpendingWords, ParseSpending),
            RowKey(rule.RowKey, rule.Kind, headerKey));
    }

    /// <summary>
    /// The type of a table known to be of <paramref name="kind"/> (a reviewer said so): the facets of the
    /// family's rule of that kind the title matches, else of its first rule of that kind.
    /// </summary>
    public TableType ClassifyAs(TableKind kind, string? title, string? header = null)
    {
        var key = Key(title);
        var name = TableKinds.Name(kind);
        var rules = family.Kinds.Where(r => r.Kind == name).ToList();
        var rule = rules.FirstOrDefault(r => r.AnyOf.Any(w => key.Contains(Key(w), StringComparison.Ordinal))) ?? rules.FirstOrDefault();
        return rule is null
            ? new TableType(kind, null, null, null)
            : new TableType(kind,
                Facet(rule.Funding, key, family.FundingWords, ParseFunding),
                Facet(rule.Spending, key, family.SpendingWords, ParseSpending),
                RowKey(rule.RowKey, rule.Kind, Key(header)));
    }

    private static T? Facet<T>(string? rule, string title, IReadOnlyList<WordValue> words, Func<string, T> parse)
        where T : struct
    {
        if (rule is null)
        {
            return null;
        }

        if (!rule.StartsWith(FromTitle, StringComparison.Ordinal))
        {
            return parse(rule);
        }

        var word = words.FirstOrDefault(w => title.Contains(Key(w.Word), StringComparison.Ordinal));
        return parse(word?.Value ?? rule[FromTitle.Length..]);
    }

    private RowKeyKind? RowKey(string? rule, string kind, string header)
    {
        if (rule is null)
        {
            return null;
        }

        if (!rule.StartsWith(FromHeader, StringComparison.Ordinal))
        {
            return ParseRowKey(rule);
        }

        var printed = header.Length == 0 ? null : family.RowKeyHeaders.FirstOrDefault(h =>
            (h.Kinds.Count == 0 || h.Kinds.Contains(kind)) && h.AnyOf.Any(w => header.Contains(Key(w), StringComparison.Ordinal)));
        return ParseRowKey(printed?.RowKey ?? rule[FromHeader.Length..]);
    }

    private static string Key(string? text) => TextShape.FoldWidth(TextShape.Compact(text));

    private static FundingSource ParseFunding(string name) => Enum<FundingSource>(name);

    private static SpendingScope ParseSpending(string name) => Enum<SpendingScope>(name);

    private static RowKeyKind ParseRowKey(string name) => Enum<RowKeyKind>(name);

    // The facet names are the format's snake_case names of the Core enums.
    private static T Enum<T>(string name)
        where T : struct, Enum =>
        System.Enum.GetValues<T>().First(v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()) == name);
}
