using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Testing;
using BudgetHarvest.Warehouse;
using BudgetHarvest.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BudgetHarvest.Web.Tests.Browser;

/// <summary>
/// A reviewer's corrections made in Chromium on the document page (re-type a table, which maps it
/// again as its new kind; fix a cell, also one kept in extra; exclude the document): each is in the
/// warehouse at once, and each survives a Retry (a re-extraction of the same PDF). The page with its
/// mapped rows is saved to artifacts/screenshots/document.png and, with the correction forms open, document-corrections.png.
/// </summary>
[Collection(SeededDashboardCollection.Name)]
public sealed class CorrectionsBrowserTests : IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private const string ExtraHeader = "事业单位经营支出";

    private static readonly TimeSpan JobLimit = TimeSpan.FromMinutes(3);

    private static readonly string ArtifactFolder = Path.Combine(Fixtures.RepositoryRoot, "artifacts", "screenshots");

    private readonly SeededDashboard _seeded;
    private readonly ChromiumFixture _chromium;
    private DashboardData _data = null!;
    private DashboardFactory _factory = null!;
    private IBrowserContext _context = null!;
    private string _sha256 = null!;

    public CorrectionsBrowserTests(SeededDashboard seeded, ChromiumFixture chromium)
    {
        _seeded = seeded;
        _chromium = chromium;
    }

    public async Task InitializeAsync()
    {
        _data = _seeded.Data.Copy();
        _factory = new DashboardFactory(_data);
        var site = _factory.ListenOnLoopback();
        _context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.ToString(),
            ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
            Locale = "zh-CN",
        });
        _sha256 = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Fixtures.Public(DashboardData.WarningFile))));
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _factory.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Reviewer_RetypesFixesAndExcludes_TheWarehouseHoldsItAndARetryKeepsIt()
    {
        var page = await SignInAsync();
        await page.GotoAsync($"/documents/{_sha256}");
        var linesBefore = await CountAsync($"SELECT count(*) FROM v_budget_lines WHERE sha256 = '{_sha256}'");
        // The seed document's warnings sit with the tables they concern, beside their mapped rows.
        await Assertions.Expect(page.Locator("article.table-review ul.table-issues li[data-code='sum_mismatch']").First).ToBeVisibleAsync();

        // Re-type 表10, fix a cell of 表5, exclude the document: each form posts, the page shows the result.
        await CorrectTableAsync(page, "#table-10", "form.retype", async form => await form.Locator("select").SelectOptionAsync("other"));
        await Assertions.Expect(page.Locator("#table-10 .table-kind")).ToHaveTextAsync("other");
        // 表7 (basic spending by function) re-typed by economic class: its grid is mapped again as that kind.
        await CorrectTableAsync(page, "#table-7", "form.retype", async form => await form.Locator("select").SelectOptionAsync("economic_detail"));
        await Assertions.Expect(page.Locator("#table-7 .table-kind")).ToHaveTextAsync("economic_detail");
        await Assertions.Expect(page.Locator("#table-7 table.rows tbody tr")).Not.ToHaveCountAsync(0);
        await CorrectTableAsync(page, "#table-5", "form.fix-cell", async form =>
        {
            await form.Locator("input[name='Input.Row']").FillAsync("2");
            await form.Locator("select[name='Input.Field']").SelectOptionAsync("total");
            await form.Locator("input[name='Input.Value']").FillAsync("321.5");
            await form.Locator("input[name='Input.Note']").FillAsync("misread digit");
        });
        var cell = page.Locator("#table-5 table.rows tr[data-row='2'] td[data-field='total']");
        await Assertions.Expect(cell).ToHaveTextAsync("321.5");
        await Assertions.Expect(cell).ToHaveClassAsync("corrected");
        await page.Locator("#exclude-form select").SelectOptionAsync("final_accounts");
        await page.Locator("#exclude-form input[name='Input.Note']").FillAsync("决算 filed as 预算");
        await page.Locator("#exclude-form button").ClickAsync();
        await Assertions.Expect(page.Locator("#excluded")).ToHaveTextAsync("final_accounts");
        await Assertions.Expect(page.Locator("#correction-list tbody tr")).ToHaveCountAsync(4);
        await AssertInWarehouseAsync(linesBefore);

        await BrowserSteps.WaitForPageDrawnAsync(page.Locator("#table-5 figure[data-pdf-page]"));
        await page.Locator("#table-5").EvaluateAsync("e => e.scrollIntoView()");
        Directory.CreateDirectory(ArtifactFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactFolder, "document.png") });

        // Retry: the PDF is extracted again and the extraction replaced; the corrections are applied again.
        await page.ClickAsync("#retry");
        await Assertions.Expect(page.Locator("#retry-state")).ToHaveAttributeAsync("data-state", "Succeeded", new() { Timeout = (float)JobLimit.TotalMilliseconds });
        await Assertions.Expect(page.Locator("#table-10 .table-kind")).ToHaveTextAsync("other");
        await Assertions.Expect(page.Locator("#table-7 .table-kind")).ToHaveTextAsync("economic_detail");
        await Assertions.Expect(cell).ToHaveTextAsync("321.5");
        await Assertions.Expect(page.Locator("#excluded")).ToHaveTextAsync("final_accounts");
        await Assertions.Expect(page.Locator("#correction-list tr[data-applied='no']")).ToHaveCountAsync(0);
        await AssertInWarehouseAsync(linesBefore);
    }

    [Fact]
    public async Task Downloads_JsonAndCsv_HoldTheCorrectedDocument()
    {
        var page = await SignInAsync();
        await page.GotoAsync($"/documents/{_sha256}");
        await CorrectTableAsync(page, "#table-5", "form.fix-cell", async form =>
        {
            await form.Locator("input[name='Input.Row']").FillAsync("1");
            await form.Locator("select[name='Input.Field']").SelectOptionAsync("total");
            await form.Locator("input[name='Input.Value']").FillAsync("999");
        });

        var json = await page.APIRequest.GetAsync(await page.Locator("#download-json").GetAttributeAsync("href") ?? "");
        var csv = await page.APIRequest.GetAsync(await page.Locator("#table-5 a.download-csv").GetAttributeAsync("href") ?? "");

        var document = JsonNode.Parse(await json.TextAsync())!;
        Assert.Equal("budgetharvest/1", (string?)document["format"]);
        Assert.Equal(999m, (decimal?)document["tables"]![4]!["rows"]![0]!["total"]);
        var bytes = await csv.BodyAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n".ToCharArray(), StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code,name,total,personnel,public,project", lines[0]);
        Assert.StartsWith(",合计,999,", lines[1], StringComparison.Ordinal);
        Assert.Contains("attachment", csv.Headers["content-disposition"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviewer_FixesACellOfAnExtraColumn_TheWarehouseHoldsIt()
    {
        // An extraction whose 表3 column 事业单位经营支出 mapped to no key: its amounts are kept in extra, with an unmapped_column note.
        var warehouse = _factory.Services.GetRequiredService<DocumentWarehouse>();
        var document = (await warehouse.GetDocumentAsync(_sha256))!;
        document.Source.Sha256 = new string('f', 64);
        var table = document.Tables[2];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            table.Rows[r] = WithoutField(table.Rows[r], RowFields.Operating).SetExtra(ExtraHeader, table.Rows[r].Amount(RowFields.Operating));
        }

        document.Issues.Add(ExtractionIssue.Create(IssueCodes.UnmappedColumn, IssueSeverity.Info, $"表3 ({table.Title}): amount column '{ExtraHeader}' maps to no field; its values are kept in extra.", 3));
        await warehouse.LoadAsync(document);
        var page = await SignInAsync();
        await page.GotoAsync($"/documents/{document.Source.Sha256}");

        await CorrectTableAsync(page, "#table-3", "form.fix-cell", async form =>
        {
            await form.Locator("input[name='Input.Row']").FillAsync("2");
            await form.Locator("select[name='Input.Field']").SelectOptionAsync(ExtraHeader);
            await form.Locator("input[name='Input.Value']").FillAsync("5");
            await form.Locator("input[name='Input.Note']").FillAsync("printed 5.00, read blank");
        });

        var cell = page.Locator($"#table-3 table.rows tr[data-row='2'] td[data-extra='{ExtraHeader}']");
        await Assertions.Expect(cell).ToHaveTextAsync("5");
        await Assertions.Expect(cell).ToHaveClassAsync("extra corrected");
        Assert.Equal(50_000m, Convert.ToDecimal(await ScalarAsync(
            $"SELECT l.amount_yuan FROM budget_lines l JOIN documents d ON d.document_id = l.document_id WHERE d.sha256 = '{document.Source.Sha256}' AND l.table_number = 3 AND l.row_number = 2 AND l.column_key = 'extra' AND l.extra_header = '{ExtraHeader}' AND l.corrected"),
            System.Globalization.CultureInfo.InvariantCulture));

        // The page with its mapped rows, the extra column and the open correction forms, for people to look at.
        await page.Locator("#table-3 details.correct-table").EvaluateAsync("e => e.open = true");
        Directory.CreateDirectory(ArtifactFolder);
        await page.Locator("#table-3").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ArtifactFolder, "document-corrections.png") });
    }

    [Fact]
    public async Task Correction_WithoutSignInOrToken_ChangesNothing()
    {
        var page = await SignInAsync();
        var form = new Dictionary<string, object> { ["Input.Action"] = "DropTable", ["Input.Table"] = "1" };

        // Signed in but without the antiforgery token: refused.
        var noToken = await page.APIRequest.PostAsync($"/documents/{_sha256}?handler=Correct", new() { Form = FormOf(page, form), MaxRedirects = 0 });
        // Not signed in (a fresh context): sent to sign in.
        await using var fresh = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = new Uri(page.Url).GetLeftPart(UriPartial.Authority) });
        var signedOut = await fresh.APIRequest.PostAsync($"/documents/{_sha256}?handler=Correct", new() { Form = FormOf(page, form), MaxRedirects = 0 });

        Assert.Equal(400, noToken.Status);
        Assert.Equal(302, signedOut.Status);
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM corrections"));
    }

    private static TableRow WithoutField(TableRow row, string field)
    {
        var copy = new TableRow();
        foreach (var (key, value) in row.Where(f => f.Key != field))
        {
            copy.Set(key, value);
        }

        return copy;
    }

    private static IFormData FormOf(IPage page, Dictionary<string, object> fields)
    {
        var form = page.APIRequest.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Set(name, (string)value);
        }

        return form;
    }

    /// <summary>What the corrections put in the warehouse, read with SQL as an analyst would.</summary>
    private async Task AssertInWarehouseAsync(long linesBefore)
    {
        Assert.True(linesBefore > 0);
        Assert.Equal("other", await ScalarAsync($"SELECT t.table_kind FROM document_tables t JOIN documents d ON d.document_id = t.document_id WHERE d.sha256 = '{_sha256}' AND t.table_number = 10 AND t.corrected"));
        Assert.Equal(3_215_000m, Convert.ToDecimal(await ScalarAsync(
            $"SELECT l.amount_yuan FROM budget_lines l JOIN documents d ON d.document_id = l.document_id WHERE d.sha256 = '{_sha256}' AND l.table_number = 5 AND l.row_number = 2 AND l.column_key = 'total' AND l.corrected"),
            System.Globalization.CultureInfo.InvariantCulture));
        // The re-typed 表7: the table and every line of it are of the new kind, with its facets, flagged corrected.
        Assert.Equal(1L, await CountAsync(
            $"SELECT count(*) FROM document_tables t JOIN documents d ON d.document_id = t.document_id WHERE d.sha256 = '{_sha256}' AND t.table_number = 7 AND t.table_kind = 'economic_detail' AND t.row_key = 'economic' AND t.corrected"));
        var retypedLines = await CountAsync($"SELECT count(*) FROM budget_lines l JOIN documents d ON d.document_id = l.document_id WHERE d.sha256 = '{_sha256}' AND l.table_number = 7 AND l.table_kind = 'economic_detail' AND l.corrected");
        Assert.True(retypedLines > 0);
        Assert.Equal(retypedLines, await CountAsync($"SELECT count(*) FROM budget_lines l JOIN documents d ON d.document_id = l.document_id WHERE d.sha256 = '{_sha256}' AND l.table_number = 7"));
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM v_budget_lines WHERE sha256 = '{_sha256}'"));
        Assert.Equal("final_accounts", await ScalarAsync($"SELECT excluded_reason FROM document_corrections WHERE sha256 = '{_sha256}'"));
    }

    private async Task<long> CountAsync(string sql) => Convert.ToInt64(await ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture);

    private async Task<object?> ScalarAsync(string sql) =>
        await _factory.Services.GetRequiredService<DocumentWarehouse>().ReadAsync(sql, async (DbDataReader reader, CancellationToken ct) =>
            await reader.ReadAsync(ct) ? reader.GetValue(0) : null);

    private static async Task CorrectTableAsync(IPage page, string table, string form, Func<ILocator, Task> fill)
    {
        var details = page.Locator($"{table} details.correct-table");
        if (await details.GetAttributeAsync("open") is null)
        {
            await details.Locator("summary").ClickAsync();
        }

        var locator = details.Locator(form);
        await fill(locator);
        await locator.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("Correction stored");
    }

    private async Task<IPage> SignInAsync() => await BrowserSteps.SignInAsync(await _context.NewPageAsync());
}
