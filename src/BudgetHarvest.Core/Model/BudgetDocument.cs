using System.Text.Json.Serialization;

namespace BudgetHarvest.Core.Model;

/// <summary>
/// One extracted disclosure in the canonical <c>budgetharvest/1</c> format:
/// what the extractor writes, the warehouse loads and the grader reads.
/// </summary>
public sealed class BudgetDocument
{
    /// <summary>The format identifier every document carries.</summary>
    public const string FormatName = "budgetharvest/1";

    public string Format { get; set; } = FormatName;

    public SourceInfo Source { get; set; } = new();

    public DocumentMetadata Document { get; set; } = new();

    public List<NarrativeSection> Sections { get; set; } = [];

    public List<BudgetTable> Tables { get; set; } = [];

    public List<ExtractionIssue> Issues { get; set; } = [];

    /// <summary>Set on hand-made ground truth that covers only part of the document.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Partial { get; set; }

    /// <summary>Free-form remarks of whoever checked a ground-truth file.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Notes { get; set; }

    /// <summary>True when any issue has <see cref="IssueSeverity.Error"/> severity.</summary>
    [JsonIgnore]
    public bool HasErrors => Issues.Exists(i => i.Severity == IssueSeverity.Error);
}
