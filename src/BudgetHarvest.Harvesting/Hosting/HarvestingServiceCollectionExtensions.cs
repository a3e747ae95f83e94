using System.Net;
using BudgetHarvest.Core.Extraction;
using BudgetHarvest.Core.Narrative;
using BudgetHarvest.Core.Validation;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Harvesting.Discovery;
using BudgetHarvest.Harvesting.Fetching;
using BudgetHarvest.Harvesting.Jobs;
using Hangfire;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BudgetHarvest.Harvesting.Hosting;

/// <summary>
/// Wires harvesting into a host: fetching, stores, jobs and Hangfire (PostgreSQL storage when a
/// connection string is configured, so workers on several machines share the queues; in-memory
/// otherwise). The host adds an <see cref="Core.Storage.IDocumentWarehouse"/>, and a web host the dashboard.
/// </summary>
public static class HarvestingServiceCollectionExtensions
{
    /// <summary>The connection strings looked up, in order, for Hangfire's PostgreSQL storage.</summary>
    public static readonly string[] StorageConnectionNames = ["Hangfire", "Warehouse"];

    /// <summary>Registers harvesting, its Hangfire storage and (unless <c>Harvesting:RunWorkers</c> is false) its workers.</summary>
    public static IServiceCollection AddBudgetHarvesting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HarvestingOptions>().Bind(configuration.GetSection(HarvestingOptions.Section));
        services.AddOptions<FetchOptions>().Bind(configuration.GetSection($"{HarvestingOptions.Section}:Fetch")).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FetchOptions>, FetchOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHarvestStores(configuration);
        services.TryAddSingleton<IDocumentValidator, NoDocumentValidation>();
        // A host registers the ML.NET section classifier before this; alone, headings label the narrative.
        services.TryAddSingleton<ISectionClassifier, HeadingRulesClassifier>();
        services.TryAddSingleton(sp => new ExtractionOptions
        {
            DocumentTimeout = sp.GetRequiredService<IOptions<HarvestingOptions>>().Value.ExtractionTimeout,
            TimeProvider = sp.GetRequiredService<TimeProvider>(),
            SectionClassifier = sp.GetRequiredService<ISectionClassifier>(),
        });
        // In-process unless the host registered another extractor first (AddSandboxedExtraction: worker processes).
        services.TryAddSingleton<IDocumentExtractor>(sp => new BudgetExtractor(sp.GetRequiredService<ExtractionOptions>()));

        services.AddSingleton<HostPipelines>();
        services.AddHttpClient(PdfFetcher.HttpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var fetch = sp.GetRequiredService<IOptions<FetchOptions>>().Value;
                return new SocketsHttpHandler
                {
                    // PdfFetcher follows redirects itself, checking each scheme and host.
                    AllowAutoRedirect = false,
                    AutomaticDecompression = DecompressionMethods.All,
                    ConnectTimeout = fetch.ConnectTimeout,
                    MaxConnectionsPerServer = Math.Max(1, fetch.PerHostConcurrency),
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                };
            });
        services.AddTransient(sp => ActivatorUtilities.CreateInstance<PdfFetcher>(sp,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(PdfFetcher.HttpClientName)));
        services.AddTransient<DocumentDiscovery>();

        services.TryAddSingleton<HarvestJournal>();
        services.AddTransient<HarvestRunReporter>();
        services.AddTransient<FailureRecorder>();
        services.AddHarvestJob<HarvestSourceJob>();
        services.AddHarvestJob<FetchDocumentJob>();
        services.AddHarvestJob<ExtractDocumentJob>();
        services.AddHarvestJob<ValidateDocumentJob>();
        services.AddHarvestJob<LoadDocumentJob>();
        services.AddHarvestJob<ScheduledHarvestJob>();
        services.AddTransient<ReextractDocumentJob>();
        // Before AddHangfire, which registers Hangfire's global provider only when none is.
        services.TryAddSingleton<HarvestJobFilter>();
        services.TryAddSingleton<IJobFilterProvider>(sp => new HarvestJobFilterProvider(sp.GetRequiredService<HarvestJobFilter>()));
        services.AddTransient<HarvestScheduler>();
        services.AddTransient<HarvestRunMonitor>();
        services.AddTransient<HarvestRunRecorder>();

        var connectionString = JobStorageConnectionString(configuration);
        var schema = configuration[$"{HarvestingOptions.Section}:{nameof(HarvestingOptions.JobStorageSchema)}"] is { Length: > 0 } name ? name : new HarvestingOptions().JobStorageSchema;
        services.AddHangfire((sp, hangfire) =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (connectionString is null)
            {
                hangfire.UseInMemoryStorage();
            }
            else
            {
                hangfire.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions
                {
                    SchemaName = schema,
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = TimeSpan.FromSeconds(1),
                });
            }
        });

        if (configuration.GetValue($"{HarvestingOptions.Section}:{nameof(HarvestingOptions.RunWorkers)}", true))
        {
            AddWorkers(services, HarvestQueues.Harvest, o => o.HarvestWorkers);
            AddWorkers(services, HarvestQueues.Extract, o => o.ExtractionWorkers);
            services.AddHostedService<HarvestRunSweeper>();
        }

        return services;
    }

    /// <summary>
    /// Registers a pipeline job: Hangfire activates it from the container, and the
    /// <see cref="HarvestJobFilter"/> retries its transient failures and records its final one.
    /// </summary>
    public static IServiceCollection AddHarvestJob<TJob>(this IServiceCollection services)
        where TJob : class, IHarvestJob
    {
        services.AddTransient<TJob>();
        services.AddSingleton(new HarvestJobRegistration(typeof(TJob), TJob.FailedItemOf));
        return services;
    }

    /// <summary>The PostgreSQL connection string of Hangfire's storage, or null for in-memory storage.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL storage is asked for but no connection string is configured.</exception>
    public static string? JobStorageConnectionString(IConfiguration configuration)
    {
        var storage = configuration.GetValue($"{HarvestingOptions.Section}:{nameof(HarvestingOptions.JobStorage)}", HarvestJobStorage.Auto);
        var connectionString = StorageConnectionNames.Select(configuration.GetConnectionString).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));
        return storage switch
        {
            HarvestJobStorage.InMemory => null,
            HarvestJobStorage.PostgreSql => connectionString ?? throw new InvalidOperationException(
                "Harvesting:JobStorage is PostgreSql, but neither ConnectionStrings:Hangfire nor ConnectionStrings:Warehouse is set."),
            _ => connectionString,
        };
    }

    private static void AddWorkers(IServiceCollection services, string queue, Func<HarvestingOptions, int> workers) =>
        services.AddHangfireServer((sp, server) =>
        {
            var options = sp.GetRequiredService<IOptions<HarvestingOptions>>().Value;
            server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:{queue}";
            server.Queues = [queue];
            server.WorkerCount = Math.Max(1, workers(options));
            server.SchedulePollingInterval = options.SchedulePollingInterval;
        });
}
