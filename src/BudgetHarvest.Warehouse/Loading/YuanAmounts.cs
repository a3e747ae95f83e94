using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Warehouse.Loading;

/// <summary>Converts printed amounts (万元 or 元) to yuan at the scales the schema stores, exactly.</summary>
internal static class YuanAmounts
{
    /// <summary>Scale of <c>amount_yuan</c> columns: 1/100 fen, so no printed 万元 amount is rounded.</summary>
    public const int YuanScale = 4;

    /// <summary>Scale of <c>amount_printed</c>: a 万元 amount printed to the fen has six decimals.</summary>
    public const int PrintedScale = 6;

    /// <summary>The printed amount at the stored scale.</summary>
    public static decimal? Printed(decimal? printed) =>
        printed is { } p ? Math.Round(p, PrintedScale, MidpointRounding.ToEven) : null;

    /// <summary>The amount in yuan; null when it is blank or the table's measure is unknown.</summary>
    /// <exception cref="InvalidDataException">The amount is too large to be a budget figure.</exception>
    public static decimal? ToYuan(decimal? printed, string? measure, BudgetTable table, string field)
    {
        if (printed is not { } p || Measures.YuanPerUnit(measure) is not { } factor)
        {
            return null;
        }

        try
        {
            return Math.Round(p * factor, YuanScale, MidpointRounding.ToEven);
        }
        catch (OverflowException e)
        {
            throw new InvalidDataException($"表{table.Number} {table.Title}: {field} = {p} {measure} is too large to be stored in yuan.", e);
        }
    }
}
