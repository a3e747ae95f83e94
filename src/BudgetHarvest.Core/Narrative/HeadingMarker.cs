namespace BudgetHarvest.Core.Narrative;

/// <summary>The ways disclosures number their headings and list items.</summary>
public enum EnumeratorStyle
{
    /// <summary><c>第一部分</c>: a part of the document, above every numbered heading.</summary>
    Part,
    /// <summary><c>一、</c></summary>
    CjkComma,
    /// <summary><c>（一）</c> or <c>(一)</c></summary>
    CjkParen,
    /// <summary><c>1、</c></summary>
    DigitComma,
    /// <summary><c>1.</c> or <c>1．</c></summary>
    DigitDot,
    /// <summary><c>（1）</c> or <c>(1)</c></summary>
    DigitParen,
    /// <summary><c>①</c> or <c>⑴</c></summary>
    Circled,
}

/// <summary>The enumerator that opens a heading or list item: its style and its number.</summary>
/// <param name="Style">How the number is printed.</param>
/// <param name="Number">The number's value (一 = 1, 十二 = 12).</param>
/// <param name="Length">Characters the enumerator takes at the start of the text, spaces after it included.</param>
public sealed record HeadingMarker(EnumeratorStyle Style, int Number, int Length);
