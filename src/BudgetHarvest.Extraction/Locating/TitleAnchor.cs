namespace BudgetHarvest.Extraction.Locating;

/// <summary>Where a table title block (表N, title, 单位 line) was printed.</summary>
/// <param name="Page">1-based page.</param>
/// <param name="Number">The printed 表N, or the 目录's number for the title, or null.</param>
/// <param name="Title">The printed title, whitespace removed.</param>
/// <param name="Top">Top of the title block (PDF y, larger is higher).</param>
/// <param name="Bottom">Bottom of the title block: the table itself starts below.</param>
/// <param name="Measure">万元 or 元 when the block prints a 单位 line.</param>
public sealed record TitleAnchor(int Page, int? Number, string Title, double Top, double Bottom, string? Measure);
