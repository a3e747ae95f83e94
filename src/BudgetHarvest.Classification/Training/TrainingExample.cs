using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Narrative;

namespace BudgetHarvest.Classification.Training;

/// <summary>One labelled paragraph to learn from.</summary>
/// <param name="Document">The document it comes from (folds split by document, never by paragraph).</param>
/// <param name="Evidence">What the classifier sees.</param>
/// <param name="Label">The section it belongs to.</param>
public sealed record TrainingExample(string Document, SectionEvidence Evidence, SectionLabel Label)
{
    /// <summary>The label's <c>budgetharvest/1</c> name, the model's class name.</summary>
    public string LabelName => SectionVocabulary.Name(Label);
}
