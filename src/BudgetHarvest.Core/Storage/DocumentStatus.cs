using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Core.Storage;

/// <summary>How a stored document fared, derived from its issues; what the dashboard sorts by.</summary>
public enum DocumentStatus
{
    /// <summary>No issue of warning or error severity.</summary>
    Ok,

    /// <summary>At least one warning (e.g. a sum mismatch): the figures need a reviewer's look.</summary>
    Warning,

    /// <summary>At least one error issue: the extraction failed or is unusable.</summary>
    Failed,
}

/// <summary>Derives a <see cref="DocumentStatus"/> and names it as the warehouse stores it.</summary>
public static class DocumentStatuses
{
    /// <summary>The status of a document: the most severe of its issues.</summary>
    public static DocumentStatus Of(BudgetDocument document) =>
        document.HasErrors ? DocumentStatus.Failed
        : document.Issues.Exists(i => i.Severity == IssueSeverity.Warning) ? DocumentStatus.Warning
        : DocumentStatus.Ok;

    /// <summary>The stored name: <c>ok</c>, <c>warning</c> or <c>failed</c>.</summary>
    public static string Name(DocumentStatus status) => status switch
    {
        DocumentStatus.Ok => "ok",
        DocumentStatus.Warning => "warning",
        DocumentStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Parses a stored name.</summary>
    /// <exception cref="FormatException">The name is not one of the three.</exception>
    public static DocumentStatus Parse(string name) => name switch
    {
        "ok" => DocumentStatus.Ok,
        "warning" => DocumentStatus.Warning,
        "failed" => DocumentStatus.Failed,
        _ => throw new FormatException($"'{name}' is not a document status."),
    };
}
