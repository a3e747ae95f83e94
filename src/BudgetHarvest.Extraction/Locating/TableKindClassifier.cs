using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Families;

namespace BudgetHarvest.Extraction.Locating;

/// <summary>
/// The <see cref="TableKind"/> of a standard table from its printed title alone, by the general
/// title vocabulary (<c>Families/general.json</c>). Titles vary by year prefix, 单位/部门, brackets
/// and suffixes such as （不含上年结转）, so the rules look for the distinctive words, most specific first.
/// </summary>
public static class TableKindClassifier
{
    private static readonly TableTyping General = new(FamilyCatalog.Default.General);

    /// <summary>The kind of a table with this printed title; <see cref="TableKind.Other"/> when no rule fits.</summary>
    public static TableKind Classify(string? title) => General.Classify(title).Kind;
}
