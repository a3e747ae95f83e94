namespace BudgetHarvest.Extraction.Tables;

/// <summary>The rules of one segment: merged horizontal and vertical lines, plus the raw horizontal pieces (whose breaks mark cell borders in Chromium output).</summary>
internal sealed record PageRulings(List<Ruling> Horizontal, List<Ruling> Vertical, List<Ruling> HorizontalPieces);
