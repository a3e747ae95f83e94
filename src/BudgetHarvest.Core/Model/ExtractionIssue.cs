namespace BudgetHarvest.Core.Model;

/// <summary>Something the pipeline noticed that a reviewer should see.</summary>
public sealed class ExtractionIssue
{
    /// <summary>One of <see cref="IssueCodes"/>.</summary>
    public string Code { get; set; } = "";

    public IssueSeverity Severity { get; set; }

    /// <summary>The table the issue is about, or null for the whole document.</summary>
    public int? Table { get; set; }

    /// <summary>A sentence that lets a reviewer find the problem in the PDF.</summary>
    public string Message { get; set; } = "";

    /// <summary>Creates an issue.</summary>
    public static ExtractionIssue Create(string code, IssueSeverity severity, string message, int? table = null) =>
        new() { Code = code, Severity = severity, Message = message, Table = table };
}
