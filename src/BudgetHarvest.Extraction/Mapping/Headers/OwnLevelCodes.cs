namespace BudgetHarvest.Extraction.Mapping.Headers;

/// <summary>
/// A single code column whose 款 lines print only their own two digits (<c>208</c>, then <c>05</c>
/// 行政事业单位离退休, then <c>2080505</c>): the 款 code is completed from the 类 line above it
/// (<c>20805</c>), so that every row carries its full subject code.
/// </summary>
internal sealed class OwnLevelCodes
{
    /// <summary>Digits of a 类 code; a 款 adds two, a 项 two more.</summary>
    private const int ClassDigits = 3;

    /// <summary>Digits a 款 line prints when it prints only its own level.</summary>
    private const int LevelDigits = 2;

    private string? _class;

    /// <summary>The full code of a line's printed code (null stays null).</summary>
    public string? Complete(string? code)
    {
        if (code is null || !code.All(char.IsAsciiDigit))
        {
            return code;
        }

        if (code.Length == LevelDigits)
        {
            return _class is null ? code : _class + code;
        }

        // A subject code (3, 5, 7 digits) names its 类; any other (a 6-digit unit code) ends the block.
        _class = code.Length % 2 == 1 && code.Length >= ClassDigits ? code[..ClassDigits] : null;
        return code;
    }
}
