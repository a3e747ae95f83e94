using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Core.Validation;
using BudgetHarvest.Harvesting.Jobs;
using BudgetHarvest.Harvesting.Seeds;
using BudgetHarvest.Harvesting.Storage;
using BudgetHarvest.Harvesting.Tests.Support;
using BudgetHarvest.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetHarvest.Harvesting.Tests.Jobs;

/// <summary>The pipeline jobs run directly, as a worker runs them: each is idempotent by SHA-256.</summary>
public sealed class PipelineJobTests : IDisposable
{
    private static readonly UnitRef Unit = new("宝鸡市大数据管理中心", "621002", "宝鸡市数字经济局", "宝鸡市");
    private readonly TempFolder _store = new();
    private readonly InMemoryWarehouse _warehouse = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task ExtractValidateLoad_CorpusPdf_LoadsOnceWithProvenanceEvenWhenEveryJobRunsTwice()
    {
        using var services = Build();
        var ticket = await StoreAsync(services, await File.ReadAllBytesAsync(Fixtures.Public("0000-baoji-bigdata-2023.pdf")));

        for (var round = 0; round < 2; round++)
        {
            await services.GetRequiredService<ExtractDocumentJob>().RunAsync(ticket, CancellationToken.None);
            await services.GetRequiredService<ValidateDocumentJob>().RunAsync(ticket, CancellationToken.None);
            await services.GetRequiredService<LoadDocumentJob>().RunAsync(ticket, CancellationToken.None);
        }

        var (document, provenance) = Assert.Single(_warehouse.Documents.Values);
        Assert.Equal(1, _warehouse.Inserted);
        Assert.Equal("宝鸡市大数据管理中心", document.Document.UnitName);
        Assert.Equal(new DocumentProvenance(ticket.SourceUri, ticket.FetchedAt, "621002", "宝鸡市大数据管理中心", "宝鸡市数字经济局", "宝鸡市", DocumentTicket.ExtractorVersion), provenance);
        Assert.False(services.GetRequiredService<IStagedDocuments>().Contains(Stage.Extracted, ticket.Sha256));
    }

    [Fact]
    public async Task LoadDocumentJob_PdfThatCannotBeExtracted_IsLoadedWithItsErrorThenFailsForGood()
    {
        using var services = Build();
        var ticket = await StoreAsync(services, "%PDF-1.7\n这是一个被截断的文件"u8.ToArray());

        await services.GetRequiredService<ExtractDocumentJob>().RunAsync(ticket, CancellationToken.None);
        await services.GetRequiredService<ValidateDocumentJob>().RunAsync(ticket, CancellationToken.None);
        var failure = await Assert.ThrowsAsync<HarvestFailedException>(() => services.GetRequiredService<LoadDocumentJob>().RunAsync(ticket, CancellationToken.None));

        Assert.Equal(IssueCodes.InvalidPdf, failure.Code);
        Assert.False(failure.IsTransient);
        Assert.True(_warehouse.Documents[ticket.Sha256].Document.HasErrors);
    }

    [Fact]
    public async Task LoadDocumentJob_DocumentThatIsNoBudget_FailsForGoodAndIsStoredAsRefused()
    {
        using var services = Build();
        var ticket = await StoreAsync(services, await File.ReadAllBytesAsync(Fixtures.Wide("273-087_宜宾-2026年宜宾市政府办公厅部门预算.pdf")));

        await services.GetRequiredService<ExtractDocumentJob>().RunAsync(ticket, CancellationToken.None);
        await services.GetRequiredService<ValidateDocumentJob>().RunAsync(ticket, CancellationToken.None);
        var failure = await Assert.ThrowsAsync<HarvestFailedException>(() => services.GetRequiredService<LoadDocumentJob>().RunAsync(ticket, CancellationToken.None));

        Assert.Equal(IssueCodes.NotADisclosure, failure.Code);
        Assert.False(failure.IsTransient);
        Assert.Contains(_warehouse.Documents[ticket.Sha256].Document.Issues, i => i.Code == IssueCodes.NotADisclosure);
        Assert.Contains("notice", failure.Message, StringComparison.Ordinal);
        Assert.False(failure.IsRecorded);
    }

    [Fact]
    public async Task ValidateDocumentJob_RunTwice_AddsTheValidatorsIssuesOnce()
    {
        using var services = Build(s => s.AddSingleton<IDocumentValidator>(new OneIssueValidator()));
        var ticket = await StoreAsync(services, await File.ReadAllBytesAsync(Fixtures.Public("0002-weinan-gonglu-2023.pdf")));
        await services.GetRequiredService<ExtractDocumentJob>().RunAsync(ticket, CancellationToken.None);

        await services.GetRequiredService<ValidateDocumentJob>().RunAsync(ticket, CancellationToken.None);
        await services.GetRequiredService<ValidateDocumentJob>().RunAsync(ticket, CancellationToken.None);

        var validated = await services.GetRequiredService<IStagedDocuments>().GetAsync(Stage.Validated, ticket.Sha256);
        Assert.Single(validated!.Issues, i => i.Code == IssueCodes.SumMismatch);
    }

    [Fact]
    public async Task ValidateDocumentJob_ValidatorThrows_DocumentGoesOnWithAWarning()
    {
        using var services = Build(s => s.AddSingleton<IDocumentValidator>(new ThrowingValidator()));
        var ticket = await StoreAsync(services, await File.ReadAllBytesAsync(Fixtures.Public("0002-weinan-gonglu-2023.pdf")));
        await services.GetRequiredService<ExtractDocumentJob>().RunAsync(ticket, CancellationToken.None);

        await services.GetRequiredService<ValidateDocumentJob>().RunAsync(ticket, CancellationToken.None);
        await services.GetRequiredService<LoadDocumentJob>().RunAsync(ticket, CancellationToken.None);

        var loaded = _warehouse.Documents[ticket.Sha256].Document;
        Assert.Contains(loaded.Issues, i => i.Code == DocumentValidation.ValidationFailed && i.Severity == IssueSeverity.Warning);
    }

    [Fact]
    public void ScheduleRecurring_SeedsWithSchedules_RegistersThemAndRemovesSourcesNoLongerListed()
    {
        using var services = Build();
        var scheduler = services.GetRequiredService<HarvestScheduler>();
        var two = HarvestHarness.Seeds("""
            { "format": "budgetharvest-seeds/1", "schedule": "0 3 * * *", "units": [
              { "name": "甲", "code": "1", "sources": [ { "pdf": "https://a.example/1.pdf" }, { "pdf": "https://a.example/2.pdf" } ] },
              { "name": "乙", "code": "2", "schedule": "30 4 * * 1", "sources": [ { "pdf": "https://b.example/1.pdf" } ] } ] }
            """, _store.Path);
        var one = HarvestHarness.Seeds("""
            { "format": "budgetharvest-seeds/1", "units": [
              { "name": "乙", "code": "2", "schedule": "30 4 * * 1", "sources": [ { "pdf": "https://b.example/1.pdf" } ] } ] }
            """, _store.Path);

        Assert.Equal(3, scheduler.ScheduleRecurring(two));
        Assert.Equal(1, scheduler.ScheduleRecurring(one));

        using var connection = services.GetRequiredService<Hangfire.JobStorage>().GetConnection();
        var job = Assert.Single(Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection));
        Assert.Equal("harvest::2:0", job.Id);
        Assert.Equal("30 4 * * 1", job.Cron);
    }

    private ServiceProvider Build(Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null) =>
        TestServices.Build(_store.Path, _warehouse, settings, configure);

    private static async Task<DocumentTicket> StoreAsync(IServiceProvider services, byte[] pdf)
    {
        await using var writer = services.GetRequiredService<IBlobStore>().BeginWrite();
        await writer.WriteAsync(pdf);
        var blob = await writer.CommitAsync();
        return new DocumentTicket(blob.Sha256, "https://example.gov.cn/yusuan.pdf", "yusuan.pdf", new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), Unit, null);
    }

    private sealed class OneIssueValidator : IDocumentValidator
    {
        public IReadOnlyList<ExtractionIssue> Validate(BudgetDocument document) =>
            [ExtractionIssue.Create(IssueCodes.SumMismatch, IssueSeverity.Warning, "表1 合计 ≠ 各项之和")];
    }

    private sealed class ThrowingValidator : IDocumentValidator
    {
        public IReadOnlyList<ExtractionIssue> Validate(BudgetDocument document) => throw new InvalidOperationException("validator bug");
    }
}
