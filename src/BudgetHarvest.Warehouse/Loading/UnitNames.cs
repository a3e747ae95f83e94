using System.Text;

namespace BudgetHarvest.Warehouse.Loading;

/// <summary>How unit names are compared: printed names vary in spacing and in a trailing （本级）.</summary>
internal static class UnitNames
{
    /// <summary>The name with all whitespace removed: the unit's key in the warehouse.</summary>
    public static string Key(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>
    /// True when two names denote the same unit: equal once whitespace and bracketed remarks
    /// (（本级）, (机关)) are removed, which a seed list usually leaves out.
    /// </summary>
    public static bool Same(string a, string b) => string.Equals(Core(a), Core(b), StringComparison.Ordinal);

    private static string Core(string name)
    {
        var core = new StringBuilder(name.Length);
        var depth = 0;
        foreach (var c in name)
        {
            if (c is '（' or '(')
            {
                depth++;
            }
            else if (c is '）' or ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && !char.IsWhiteSpace(c))
            {
                core.Append(c);
            }
        }

        return core.ToString();
    }
}
