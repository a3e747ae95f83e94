// Hangfire keeps its configuration in static state (GlobalConfiguration, JobStorage.Current): two
// hosts starting at once in one process could take each other's job storage. One at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
