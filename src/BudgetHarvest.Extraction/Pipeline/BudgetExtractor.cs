using BudgetHarvest.Core.Extraction;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Families;
using BudgetHarvest.Extraction.Layout;
using BudgetHarvest.Extraction.Locating;
using BudgetHarvest.Extraction.Mapping;
using BudgetHarvest.Extraction.Metadata;
using BudgetHarvest.Extraction.Narrative;
using BudgetHarvest.Extraction.Tables;
using UglyToad.PdfPig;

namespace BudgetHarvest.Extraction.Pipeline;

/// <summary>
/// Extracts one disclosure PDF into a <see cref="BudgetDocument"/>. Never throws for bad input:
/// a file that cannot be extracted yields a document with an error issue saying why.
/// </summary>
public sealed class BudgetExtractor : IDocumentExtractor
{
    private readonly ExtractionOptions _options;

    public BudgetExtractor(ExtractionOptions? options = null) => _options = options ?? new ExtractionOptions();

    /// <summary>
    /// Extracts PDF bytes on a worker thread, giving up after <see cref="ExtractionOptions.DocumentTimeout"/>.
    /// In this process nothing can stop a page that hangs or a parser that overflows its stack;
    /// hosts that meet hostile files use the sandboxed extractor of BudgetHarvest.Extraction.Sandbox.
    /// </summary>
    public async Task<BudgetDocument> ExtractAsync(byte[] bytes, string fileName, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.DocumentTimeout);
        var work = Task.Run(() => Extract(bytes, fileName, timeout.Token), CancellationToken.None);
        try
        {
            return await work.WaitAsync(_options.DocumentTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The worker sees the cancelled token at its next page and stops; the batch moves on now.
            return Failed(fileName, Sha256(bytes), 0, new ExtractionFailure(IssueCodes.Timeout, $"Extraction took longer than {_options.DocumentTimeout.TotalSeconds:0} s and was abandoned."));
        }
    }

    /// <summary>Extracts PDF bytes on the calling thread.</summary>
    public BudgetDocument Extract(byte[] bytes, string fileName, CancellationToken cancellationToken = default)
    {
        var sha = Sha256(bytes);
        var pageCount = 0;
        try
        {
            using var pdf = PdfOpener.Open(bytes, _options.MaxDecodedStreamBytes);
            pageCount = pdf.NumberOfPages;
            var pages = ReadPages(pdf, Deadline(), cancellationToken, out var pageIssues);
            TextLayerCheck.ThrowIfUndecodable(bytes, pages);
            var document = new BudgetDocument { Source = new SourceInfo { File = fileName, Sha256 = sha, Pages = pageCount } };
            document.Issues.AddRange(pageIssues);
            Fill(document, pdf, pages);
            return document;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Failed(fileName, sha, pageCount, new ExtractionFailure(IssueCodes.Timeout, "Extraction was cancelled before it finished."));
        }
        catch (ExtractionFailure failure)
        {
            return Failed(fileName, sha, pageCount, failure);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failed(fileName, sha, pageCount, new ExtractionFailure(IssueCodes.ExtractionFailed, $"Extraction failed: {e.GetType().Name}: {e.Message}", e));
        }
    }

    private void Fill(BudgetDocument document, PdfDocument pdf, IReadOnlyList<PageText> pages)
    {
        var letters = pages.Sum(p => p.LetterCount);
        if (letters == 0)
        {
            throw new ExtractionFailure(IssueCodes.NoTextLayer, $"None of the {pages.Count} pages has a text layer (a scanned document?); OCR it first.");
        }

        var unreadable = pages.Sum(p => p.UnreadableLetters);
        if (unreadable > letters * _options.UnreadableShare)
        {
            var worst = pages.Where(p => p.UnreadableLetters > 0).Select(p => p.Number).Take(10);
            document.Issues.Add(ExtractionIssue.Create(IssueCodes.UnreadableText, IssueSeverity.Warning,
                $"{unreadable} of {letters} glyphs cannot be decoded (font without ToUnicode map or private-use code points), e.g. on pages {string.Join(", ", worst)}."));
        }

        var family = new FamilyDetector(FamilyCatalog.Default).Detect(pages);
        DocumentVerdict.RefuseOtherDocuments(pages, family);
        var furniture = PageFurniture.Learn(pages);
        document.Document = MetadataReader.Read(pages);
        var location = TableLocator.Locate(pages, furniture, family);
        DocumentVerdict.RefuseEmpty(location, document.Document);
        if (DocumentVerdict.TablesElsewhere(location) is { } elsewhere)
        {
            document.Issues.Add(elsewhere);
        }

        ReadNarrative(document, pages, furniture, location);
        var reconstruction = new TableReconstruction(new TableGridReader(), new TableRowMapper());
        foreach (var located in location.Tables)
        {
            document.Tables.Add(reconstruction.Build(pdf, located, document.Issues));
        }

        if (_options.AllTables)
        {
            document.Tables.AddRange(new UnlistedTables(new TableGridReader()).Find(pdf, pages, furniture, location));
        }

        // A narrative-only budget has said so once (tables_not_in_pdf): no missing_table per listed title.
        foreach (var listed in location.TableOfContents.Where(e => location.Tables.Count > 0 && !document.Tables.Exists(t => t.Number == e.Number)))
        {
            document.Issues.Add(ExtractionIssue.Create(IssueCodes.MissingTable, IssueSeverity.Warning,
                $"The 目录 lists 表{listed.Number} {listed.Title}, but no such table was found in the document.", listed.Number));
        }
    }

    /// <summary>The labelled sections. A narrative that cannot be read costs its sections only, never the tables.</summary>
    private void ReadNarrative(BudgetDocument document, IReadOnlyList<PageText> pages, PageFurniture furniture, TableLocation location)
    {
        try
        {
            document.Sections.AddRange(new NarrativeReader(_options.SectionClassifier).Read(pages, furniture, location));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            document.Issues.Add(ExtractionIssue.Create(IssueCodes.ExtractionFailed, IssueSeverity.Warning,
                $"The narrative could not be read into sections ({e.GetType().Name}: {e.Message}); the tables are unaffected."));
        }
    }

    /// <summary>
    /// Checked between pages, so a slow document stops at its limit even when timers run late
    /// on a busy machine; the timer in <see cref="ExtractAsync"/> only backs up a page that hangs.
    /// </summary>
    private Func<bool> Deadline()
    {
        var start = _options.TimeProvider.GetTimestamp();
        return () => _options.TimeProvider.GetElapsedTime(start) > _options.DocumentTimeout;
    }

    private List<PageText> ReadPages(PdfDocument pdf, Func<bool> pastDeadline, CancellationToken cancellationToken, out List<ExtractionIssue> issues)
    {
        issues = [];
        var pages = new List<PageText>(pdf.NumberOfPages);
        for (var number = 1; number <= pdf.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (pastDeadline())
            {
                throw new ExtractionFailure(IssueCodes.Timeout, $"Extraction took longer than {_options.DocumentTimeout.TotalSeconds:0.###} s and was stopped at page {number} of {pdf.NumberOfPages}.");
            }

            try
            {
                pages.Add(PageTextReader.Read(pdf.GetPage(number)));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One damaged page must not cost the rest of the document.
                issues.Add(ExtractionIssue.Create(IssueCodes.UnreadableText, IssueSeverity.Warning, $"Page {number} cannot be read: {e.Message}"));
                pages.Add(new PageText(number, 595, 842, [], 0, 0));
            }
        }

        return pages;
    }

    private static BudgetDocument Failed(string fileName, string sha, int pages, ExtractionFailure failure) =>
        FailedDocument.Create(fileName, sha, pages, failure.Code, failure.Message);

    private static string Sha256(byte[] bytes) => FailedDocument.Sha256(bytes);
}
