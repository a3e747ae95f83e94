namespace BudgetHarvest.Extraction.Tables;

/// <summary>
/// Where one read column sits on its page: its borders, and the middle of the text printed in it
/// (a column's text, unlike its guessed borders, sits where the first page's column of the same name does).
/// </summary>
internal readonly record struct ColumnPlace(double Left, double Right, double TextCenter);
