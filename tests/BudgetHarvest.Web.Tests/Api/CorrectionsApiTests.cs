using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Core.Validation;
using BudgetHarvest.Testing;
using BudgetHarvest.Warehouse;
using BudgetHarvest.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetHarvest.Web.Tests.Api;

/// <summary>
/// Corrections through the JSON API, as tools make them (same validation and sign-in/antiforgery rules
/// as the page's forms), and the warehouse's review notes kept out of the budgetharvest/1 download
/// while the page and the warehouse still show them. Each test on its own copy of the seeded data.
/// </summary>
[Collection(SeededDashboardCollection.Name)]
public sealed class CorrectionsApiTests(SeededDashboard seeded) : IAsyncLifetime
{
    private DashboardData _data = null!;
    private DashboardFactory _factory = null!;
    private HttpClient _client = null!;
    private string _sha256 = null!;

    public async Task InitializeAsync()
    {
        _data = seeded.Data.Copy();
        _factory = new DashboardFactory(_data);
        _client = await Operator.SignInAsync(_factory);
        _sha256 = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Fixtures.Public(DashboardData.WarningFile))));
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Post_FixCell_IsStoredByTheSignedInUserAndGetListsIt()
    {
        var before = await Operator.GetJsonAsync(_client, $"/api/documents/{_sha256}/corrections");

        using var response = await Operator.PostJsonWithTokenAsync(_client, $"/api/documents/{_sha256}/corrections",
            new { action = "fix_cell", table = 5, row = 2, field = "total", value = "321.5", note = "misread digit" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(before.GetProperty("corrections").EnumerateArray());
        var stored = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("corrections").EnumerateArray());
        Assert.True(stored.GetProperty("applied").GetBoolean());
        var correction = stored.GetProperty("correction");
        Assert.Equal(("fix_cell", DashboardFactory.Username, "321.5"), (correction.GetProperty("action").GetString(), correction.GetProperty("author").GetString(), correction.GetProperty("after").GetString()));
        Assert.Equal(3_215_000m, Convert.ToDecimal(await ScalarAsync(
            $"SELECT l.amount_yuan FROM budget_lines l JOIN documents d ON d.document_id = l.document_id WHERE d.sha256 = '{_sha256}' AND l.table_number = 5 AND l.row_number = 2 AND l.column_key = 'total' AND l.corrected"), CultureInfo.InvariantCulture));
        var listed = await Operator.GetJsonAsync(_client, $"/api/documents/{_sha256}/corrections");
        Assert.Single(listed.GetProperty("corrections").EnumerateArray());
    }

    [Fact]
    public async Task Post_Refused_Returns422WithTheReasonAndStoresNothing()
    {
        using var noTable = await Operator.PostJsonWithTokenAsync(_client, $"/api/documents/{_sha256}/corrections", new { action = "drop_table", table = 99 });
        using var notAnAmount = await Operator.PostJsonWithTokenAsync(_client, $"/api/documents/{_sha256}/corrections", new { action = "fix_cell", table = 5, row = 2, field = "total", value = "twelve" });
        using var otherSchema = await Operator.PostJsonWithTokenAsync(_client, $"/api/documents/{_sha256}/corrections", new { action = "map_column", table = 5, field = "total", value = "meeting" });
        using var noAction = await Operator.PostJsonWithTokenAsync(_client, $"/api/documents/{_sha256}/corrections", new { action = "paint_it_red", table = 1 });

        Assert.Equal([HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity], new[] { noTable.StatusCode, notAnAmount.StatusCode, otherSchema.StatusCode });
        Assert.Contains("99", (await noTable.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("meeting", (await otherSchema.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noAction.StatusCode);
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM corrections"));
    }

    [Fact]
    public async Task Post_WithoutTokenOrSignIn_IsRefusedAndUnknownDocumentIs404()
    {
        const string unknown = "1111111111111111111111111111111111111111111111111111111111111111";
        var body = JsonContent.Create(new { action = "drop_table", table = 1 });

        using var noToken = await _client.PostAsync($"/api/documents/{_sha256}/corrections", body);
        using var anonymous = Operator.Anonymous(_factory);
        using var signedOut = await anonymous.PostAsync($"/api/documents/{_sha256}/corrections", body);
        using var signedOutGet = await anonymous.GetAsync($"/api/documents/{_sha256}/corrections");
        using var unknownPost = await Operator.PostJsonWithTokenAsync(_client, $"/api/documents/{unknown}/corrections", new { action = "drop_table", table = 1 });
        using var unknownGet = await _client.GetAsync($"/api/documents/{unknown}/corrections");

        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signedOutGet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownPost.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownGet.StatusCode);
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM corrections"));
    }

    [Fact]
    public async Task JsonDownload_CorrectedUnitMismatchedDocument_ConformsWhileThePageAndWarehouseKeepTheReviewNotes()
    {
        // The seed document filed under another unit by its harvest seed (a folder of mixed units), as its own PDF.
        var warehouse = _factory.Services.GetRequiredService<DocumentWarehouse>();
        var document = (await warehouse.GetDocumentAsync(_sha256))!;
        document.Source.Sha256 = new string('e', 64);
        await warehouse.LoadAsync(document, new DocumentProvenance("file:///harvest/folder/a.pdf", DateTimeOffset.UtcNow, UnitName: "宝鸡市财政局"));
        var sha256 = document.Source.Sha256;
        // Two corrections through the API; a re-extraction then loses 表10, so the renumbering no longer applies.
        using var renumbered = await Operator.PostJsonWithTokenAsync(_client, $"/api/documents/{sha256}/corrections", new { action = "renumber_table", table = 10, value = "20" });
        using var fixedCell = await Operator.PostJsonWithTokenAsync(_client, $"/api/documents/{sha256}/corrections", new { action = "fix_cell", table = 5, row = 2, field = "total", value = "321.5" });
        document.Tables.RemoveAt(9);
        await warehouse.ReplaceAsync(document);

        using var json = await _client.GetAsync($"/documents/{sha256}?handler=Json");
        var downloaded = BudgetJson.Deserialize(await json.Content.ReadAsStringAsync());
        var page = await _client.GetStringAsync($"/documents/{sha256}");
        var detail = await Operator.GetJsonAsync(_client, $"/api/documents/{sha256}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (renumbered.StatusCode, fixedCell.StatusCode, json.StatusCode));
        Assert.Empty(FormatConformance.Problems(downloaded));
        Assert.DoesNotContain(downloaded.Issues, i => IssueCodes.ReviewNotes.Contains(i.Code));
        Assert.Equal(321.5m, downloaded.Tables[4].Rows[1].Amount(RowFields.Total));
        foreach (var code in new[] { IssueCodes.UnitMismatch, IssueCodes.CorrectionNotApplied })
        {
            Assert.Contains($"data-code=\"{code}\" data-review-note=\"yes\"", page, StringComparison.Ordinal);
            Assert.Contains(detail.GetProperty("issues").EnumerateArray(), i => i.GetProperty("code").GetString() == code && i.GetProperty("review_note").GetBoolean());
            Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM review_notes n JOIN documents d ON d.document_id = n.document_id WHERE d.sha256 = '{sha256}' AND n.code = '{code}'"));
        }

        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM issues WHERE code IN ('{IssueCodes.UnitMismatch}', '{IssueCodes.CorrectionNotApplied}')"));
        Assert.Equal("warning", detail.GetProperty("document").GetProperty("status").GetString());
        Assert.Contains(await Operator.ListAsync(_client, "?status=all&issue=unit_mismatch"), d => d.GetProperty("sha256").GetString() == sha256);
    }

    private async Task<long> CountAsync(string sql) => Convert.ToInt64(await ScalarAsync(sql), CultureInfo.InvariantCulture);

    private async Task<object?> ScalarAsync(string sql) =>
        await _factory.Services.GetRequiredService<DocumentWarehouse>().ReadAsync(sql, async (DbDataReader reader, CancellationToken ct) =>
            await reader.ReadAsync(ct) ? reader.GetValue(0) : null);
}
