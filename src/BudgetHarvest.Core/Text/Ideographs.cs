namespace BudgetHarvest.Core.Text;

/// <summary>The CJK ideograph test the narrative rules share: headings, prose and table rows are told apart by it.</summary>
public static class Ideographs
{
    /// <summary>Whether a character lies in CJK Unified Ideographs or its Extension A (U+3400–U+9FFF).</summary>
    public static bool IsIdeograph(char c) => c is >= '\u3400' and <= '\u9fff';
}
