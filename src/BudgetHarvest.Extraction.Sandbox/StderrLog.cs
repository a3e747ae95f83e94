using System.Text;

namespace BudgetHarvest.Extraction.Sandbox;

/// <summary>
/// What a worker printed on stderr since its current document began, bounded: the first lines are
/// the telling ones (a stack overflow's message comes before thousands of repeated frames).
/// </summary>
internal sealed class StderrLog
{
    private const int MaxChars = 8 * 1024;

    private readonly Lock _gate = new();
    private readonly StringBuilder _text = new();

    public void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            if (_text.Length < MaxChars)
            {
                _text.AppendLine(line.Length > MaxChars ? line[..MaxChars] : line);
            }
        }
    }

    /// <summary>Forgets what earlier documents left.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _text.Clear();
        }
    }

    public string Text
    {
        get
        {
            lock (_gate)
            {
                return _text.ToString();
            }
        }
    }

    /// <summary>The first line that says something, for an issue message.</summary>
    public string FirstLine => Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
}
