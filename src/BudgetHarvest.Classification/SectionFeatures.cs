using BudgetHarvest.Core.Narrative;
using Microsoft.ML.Data;

namespace BudgetHarvest.Classification;

/// <summary>
/// One paragraph as the model sees it: the heading over it, its text, and where it stands in the
/// narrative (as one of ten position bins, so each label can prefer its own stretch of the
/// document: duties early, the glossary last).
/// </summary>
internal sealed class SectionFeatures
{
    /// <summary>Bins of the position feature.</summary>
    public const int PositionBins = 10;

    /// <summary>The label's <c>budgetharvest/1</c> name; empty when predicting.</summary>
    public string Label { get; set; } = "";

    public string Heading { get; set; } = "";

    public string Body { get; set; } = "";

    [VectorType(PositionBins)]
    public float[] Position { get; set; } = new float[PositionBins];

    public static SectionFeatures From(SectionEvidence evidence, string label = "")
    {
        var position = new float[PositionBins];
        position[Math.Clamp((int)(evidence.Position * PositionBins), 0, PositionBins - 1)] = 1;
        return new SectionFeatures { Label = label, Heading = evidence.Heading ?? "", Body = WithoutEnumerator(evidence.Body), Position = position };
    }

    /// <summary>
    /// The text without the enumerator it opens with: how a list is numbered is the document's
    /// style (（一） here, 1. there), not its subject, and must not decide the label.
    /// </summary>
    private static string WithoutEnumerator(string text)
    {
        var marker = HeadingText.Marker(text);
        return marker is null ? text : text[marker.Length..];
    }
}

/// <summary>The model's output row: one score per label, in the model's label order.</summary>
internal sealed class SectionScores
{
    public float[] Score { get; set; } = [];
}
