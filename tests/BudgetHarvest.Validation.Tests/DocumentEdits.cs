using BudgetHarvest.Core.Model;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Validation.Tests;

/// <summary>Loads a consistent ground-truth document and changes one printed figure in it, as a misprint would.</summary>
internal static class DocumentEdits
{
    public static BudgetDocument Load(string name) => Fixtures.GroundTruth(Fixtures.Public(name + ".pdf"));

    public static BudgetTable Table(this BudgetDocument document, int number) => document.Tables.Single(t => t.Number == number);

    /// <summary>Sets the amount of a summary-table line (the first with that label, under that parent when given).</summary>
    public static BudgetDocument SetSummary(this BudgetDocument document, int table, string panel, string item, decimal? amount, string? parent = null)
    {
        var row = document.Table(table).Rows.First(r => r.Text(RowFields.Panel) == panel && r.Text(RowFields.Item) == item && (parent is null || r.Text(RowFields.Parent) == parent));
        row.Set(RowFields.Amount, amount);
        return document;
    }

    /// <summary>Sets a cell of a line table; the line is found by code, or by name when it has no code.</summary>
    public static BudgetDocument SetLine(this BudgetDocument document, int table, string codeOrName, string field, decimal? amount)
    {
        var row = document.Table(table).Rows.First(r => r.Text(RowFields.Code) == codeOrName || (r.Text(RowFields.Code) is null && r.Text(RowFields.Name) == codeOrName));
        Assert.True(row.Has(field), $"表{table} {codeOrName} has no {field}");
        row.Set(field, amount);
        return document;
    }

    /// <summary>Sets a cell of the first row of a table (the 三公 table prints one data line).</summary>
    public static BudgetDocument SetFirstRow(this BudgetDocument document, int table, string field, decimal? amount)
    {
        document.Table(table).Rows[0].Set(field, amount);
        return document;
    }

    /// <summary>Replaces text in the narrative; the text must be there exactly once.</summary>
    public static BudgetDocument ReplaceText(this BudgetDocument document, string printed, string misprinted)
    {
        var section = document.Sections.Single(s => s.Text.Contains(printed, StringComparison.Ordinal));
        Assert.Equal(section.Text.IndexOf(printed, StringComparison.Ordinal), section.Text.LastIndexOf(printed, StringComparison.Ordinal));
        section.Text = section.Text.Replace(printed, misprinted, StringComparison.Ordinal);
        return document;
    }

    /// <summary>Replaces a grid cell in the row that has a cell reading <paramref name="rowLabel"/>.</summary>
    public static BudgetDocument ReplaceGridCell(this BudgetDocument document, int table, string rowLabel, string printed, string misprinted)
    {
        var row = document.Table(table).Grid.First(r => r.Contains(rowLabel) && r.Contains(printed));
        row[row.IndexOf(printed)] = misprinted;
        return document;
    }

    public static ValidationReport Validate(this BudgetDocument document, ValidationOptions? options = null) =>
        new DocumentValidator(options: options).Validate(document);
}
