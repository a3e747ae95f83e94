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

    /// <summary>
    /// Largest size one PDF stream may inflate to (all its FlateDecode filters applied). A stream
    /// beyond it is a decompression bomb: the document fails fast with <c>resource_limit</c> instead
    /// of the parser inflating gigabytes into memory. Real disclosures stay far below the default.
    /// </summary>
    public long MaxDecodedStreamBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Also output ruled tables that no 目录 and no 表N title announce (number null, kind other, grid only).</summary>
    public bool AllTables { get; init; }

    /// <summary>
    /// Judges narrative paragraphs by content. The default reads headings only; hosts plug in the
    /// ML.NET classifier of BudgetHarvest.Classification here.
    /// </summary>
    public ISectionClassifier SectionClassifier { get; init; } = new HeadingRulesClassifier();
}
