using BudgetHarvest.Core.Narrative;

namespace BudgetHarvest.Extraction.Pipeline;

/// <summary>Settings of one extraction run.</summary>
public sealed class ExtractionOptions
{
    /// <summary>Longest time one document may take before it is reported as failed.</summary>
    public TimeSpan DocumentTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The clock the time limit is measured with.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Share of undecodable glyphs above which a document is flagged <c>unreadable_text</c>.</summary>
    public double UnreadableShare { get; init; } = 0.02;

    /// <summary>Also output ruled tables that no 目录 and no 表N title announce (number null, kind other, grid only).</summary>
    public bool AllTables { get; init; }

    /// <summary>
    /// Judges narrative paragraphs by content. The default reads headings only; hosts plug in the
    /// ML.NET classifier of BudgetHarvest.Classification here.
    /// </summary>
    public ISectionClassifier SectionClassifier { get; init; } = new HeadingRulesClassifier();
}
