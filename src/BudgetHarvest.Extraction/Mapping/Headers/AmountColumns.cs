namespace BudgetHarvest.Extraction.Mapping.Headers;

/// <summary>Which grid columns hold amounts: every filled data cell a number or a placeholder, and at least one number.</summary>
internal static class AmountColumns
{
    /// <summary>True when column j of the data lines holds amounts.</summary>
    public static bool IsAmount(IReadOnlyList<IReadOnlyList<string>> lines, int j)
    {
        var numbers = 0;
        foreach (var line in lines)
        {
            var cell = CellReader.Cell(line, j);
            if (LabelText.Compact(cell).Length == 0 || AmountParser.IsPlaceholder(cell))
            {
                continue;
            }

            if (!AmountParser.LooksNumeric(cell))
            {
                return false;
            }

            numbers++;
        }

        return numbers > 0;
    }
}
