using Spectre.Console;
using Styrmodell.Kolada;

namespace Styrmodell.Tool;

/// <summary>Where the kolada commands read from: the API, or saved responses.</summary>
internal abstract class KoladaSource
{
    public abstract IReadOnlyList<KoladaKpi> Kpis(IEnumerable<string> ids);

    public abstract IReadOnlyList<KoladaKpi> Search(string title);

    public abstract IEnumerable<KoladaDataRecord> Data(KoladaImportPlan plan);

    /// <summary>Saved responses: a file or folder, read with the client's own reader.</summary>
    internal sealed class Saved(string path) : KoladaSource
    {
        public override IReadOnlyList<KoladaKpi> Kpis(IEnumerable<string> ids)
        {
            var wanted = ids.ToHashSet(StringComparer.Ordinal);
            return [.. KoladaSavedResponses.ReadKpis(path).Where(k => wanted.Contains(k.Id))];
        }

        public override IReadOnlyList<KoladaKpi> Search(string title) =>
            [.. KoladaSavedResponses.ReadKpis(path).Where(k => k.Title.Contains(title, StringComparison.OrdinalIgnoreCase))];

        public override IEnumerable<KoladaDataRecord> Data(KoladaImportPlan plan) => KoladaSavedResponses.EnumerateData(path);
    }

    /// <summary>The Kolada API, with a progress display on pulls of more than a few pages when the console is a terminal.</summary>
    internal sealed class Api(Uri? baseAddress) : KoladaSource
    {
        private readonly KoladaClient _client = new(Http, baseAddress is null ? null : new KoladaClientOptions { BaseAddress = baseAddress });

        private static HttpClient Http { get; } = new() { Timeout = Timeout.InfiniteTimeSpan }; // the client times each attempt itself

        public override IReadOnlyList<KoladaKpi> Kpis(IEnumerable<string> ids) => Collect(_client.GetKpisAsync(ids));

        public override IReadOnlyList<KoladaKpi> Search(string title) => Collect(_client.SearchKpisAsync(title));

        public override IEnumerable<KoladaDataRecord> Data(KoladaImportPlan plan)
        {
            var queries = plan.Queries();
            if (Console.IsOutputRedirected || Console.IsErrorRedirected || queries.Count <= 3)
            {
                return [.. queries.SelectMany(q => Collect(_client.GetDataAsync(q)))];
            }

            var records = new List<KoladaDataRecord>();
            AnsiConsole.Progress().Start(context =>
            {
                var task = context.AddTask("Kolada", maxValue: queries.Count);
                foreach (var query in queries)
                {
                    records.AddRange(Collect(_client.GetDataAsync(query, new Progress<KoladaProgress>(p => task.Description = $"Kolada: {p.Pages} pages, {p.Records} records"))));
                    task.Increment(1);
                }
            });
            return records;
        }

        private static List<T> Collect<T>(IAsyncEnumerable<T> items) => items.ToBlockingEnumerable().ToList();
    }
}
