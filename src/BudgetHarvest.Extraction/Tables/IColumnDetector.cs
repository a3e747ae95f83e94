namespace BudgetHarvest.Extraction.Tables;

/// <summary>Finds the column borders of a segment from one kind of evidence.</summary>
internal interface IColumnDetector
{
    /// <summary>True when borders come from drawn vertical rules, so merged cells can be read from missing rules.</summary>
    bool FromVerticalRules { get; }

    /// <summary>Ascending x of every column border including the outer two, or null when this evidence is absent.</summary>
    List<double>? Detect(SegmentLayout layout);
}
