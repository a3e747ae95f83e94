namespace BudgetHarvest.Extraction.Locating;

/// <summary>One row of the 公开报表 目录: number, title, and the 是否空表 / 公开空表理由 columns.</summary>
/// <param name="Number">The 表N number.</param>
/// <param name="Title">The title as listed, whitespace removed.</param>
/// <param name="DeclaredEmpty">True for 是, false for 否, null when the column is absent.</param>
/// <param name="EmptyReason">The printed reason, or null.</param>
public sealed record TocEntry(int Number, string Title, bool? DeclaredEmpty, string? EmptyReason);
