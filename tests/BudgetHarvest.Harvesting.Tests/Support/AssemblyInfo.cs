// Hangfire keeps some process-wide configuration (JobStorage.Current, global filters), and the
// machine has two cores: harvest tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
