using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>How the value of each canonical field is read from its cell.</summary>
internal static class FieldTypes
{
    /// <summary>Labels that follow the format's normalization (enumerators and 其中 stripped).</summary>
    private static readonly HashSet<string> Labels = [RowFields.Name, RowFields.Item, RowFields.Label];

    /// <summary>Codes: kept as printed text, never as numbers.</summary>
    private static readonly HashSet<string> Codes = [RowFields.Code, RowFields.GovCode];

    /// <summary>Other text fields.</summary>
    private static readonly HashSet<string> Texts =
        [RowFields.GovName, RowFields.Description, RowFields.Catalog, RowFields.Service, RowFields.Schedule];

    public static bool IsLabel(string field) => Labels.Contains(field);

    public static bool IsCode(string field) => Codes.Contains(field);

    public static bool IsText(string field) => Labels.Contains(field) || Codes.Contains(field) || Texts.Contains(field);

    /// <summary>Every field not text is an amount (or the procurement quantity, also a number).</summary>
    public static bool IsAmount(string field) => !IsText(field);

    /// <summary>Reads a text field's value.</summary>
    public static string? ReadText(string field, string cell) =>
        IsLabel(field) ? CellReader.Label(cell) : IsCode(field) ? CellReader.Code(cell) : CellReader.Text(cell);
}
