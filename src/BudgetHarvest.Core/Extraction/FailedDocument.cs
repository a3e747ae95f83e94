using System.Security.Cryptography;
using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Core.Extraction;

/// <summary>The document of a PDF that could not be extracted: its source and one error issue saying why.</summary>
public static class FailedDocument
{
    /// <summary>A document with no content and one error issue.</summary>
    /// <param name="fileName">The PDF's file name.</param>
    /// <param name="sha256">The lower-case hex SHA-256 of its bytes ("" when they could not be read).</param>
    /// <param name="pages">Its page count, 0 when unknown.</param>
    /// <param name="code">One of <see cref="IssueCodes"/>.</param>
    /// <param name="message">Why, for the reviewer.</param>
    public static BudgetDocument Create(string fileName, string sha256, int pages, string code, string message)
    {
        var document = new BudgetDocument { Source = new SourceInfo { File = fileName, Sha256 = sha256, Pages = pages } };
        document.Issues.Add(ExtractionIssue.Create(code, IssueSeverity.Error, message));
        return document;
    }

    /// <summary>The lower-case hex SHA-256 that identifies PDF bytes in <see cref="SourceInfo.Sha256"/>.</summary>
    public static string Sha256(byte[] pdf) => Convert.ToHexStringLower(SHA256.HashData(pdf));
}
