using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Styrmodell.Kolada;

/// <summary>
/// A typed client for Kolada's open API (v3 by default, v2 by base address): KPI metadata, municipalities and
/// municipality groups, and data by KPI × municipality (or organisational unit) × years, with change queries.
/// </summary>
/// <remarks>
/// <para>Large answers come page by page (at most 5,000 items a page, following <c>next_url</c> in v3 and
/// <c>next_page</c> in v2) as an <see cref="IAsyncEnumerable{T}"/>, each page read whole and checked before any of
/// its items is handed on. A bad page throws <see cref="KoladaResponseException"/> (URL and JSON path); a request
/// that fails after every retry throws <see cref="KoladaRequestException"/>.</para>
/// <para>The client does not own the <see cref="HttpClient"/>; take it from <c>IHttpClientFactory</c> or share one.</para>
/// </remarks>
/// <threadsafety>Safe to use from several threads at once: it keeps no state between calls.</threadsafety>
public sealed partial class KoladaClient
{
    private readonly HttpClient _http;
    private readonly KoladaClientOptions _options;

    /// <summary>Creates a client.</summary>
    /// <param name="http">The HTTP client to send requests with; its own base address is not used.</param>
    /// <param name="options">Settings; default <see cref="KoladaClientOptions"/>'s defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="http"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A setting is out of range; the message lists every one.</exception>
    public KoladaClient(HttpClient http, KoladaClientOptions? options = null)
    {
        _http = Guard.Against.Null(http);
        _options = options ?? new KoladaClientOptions();
        if (_options.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }
    }

    /// <summary>Gets the settings in use.</summary>
    public KoladaClientOptions Options => _options;

    /// <summary>Lists the KPIs whose title contains <paramref name="title"/> (Kolada's own search).</summary>
    /// <param name="title">Words of the title, e.g. <c>sjukfrånvaro</c>.</param>
    /// <param name="cancellationToken">Stops the listing.</param>
    /// <returns>The KPIs, page by page.</returns>
    /// <exception cref="ArgumentException"><paramref name="title"/> is null, empty or white space.</exception>
    public IAsyncEnumerable<KoladaKpi> SearchKpisAsync(string title, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(title);
        return PagesAsync<KoladaKpi>($"kpi?title={Uri.EscapeDataString(title.Trim())}&per_page={_options.PageSize}", KoladaResponseReader.ReadKpis, null, cancellationToken);
    }

    /// <summary>Gets the metadata of the KPIs with these ids; an unknown id is simply missing from the answer.</summary>
    /// <param name="ids">KPI ids, e.g. <c>N00090</c>.</param>
    /// <param name="cancellationToken">Stops the listing.</param>
    /// <returns>The KPIs found.</returns>
    /// <exception cref="ArgumentException">An id is not a Kolada KPI id; the message lists every one.</exception>
    public async IAsyncEnumerable<KoladaKpi> GetKpisAsync(IEnumerable<string> ids, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var list = Guard.Against.Null(ids).ToList();
        var bad = list.Where(id => !KoladaIds.IsKpi(id)).ToList();
        if (bad.Count > 0)
        {
            throw new ArgumentException($"Not Kolada KPI ids (a capital letter and five digits, e.g. N00090): {string.Join(", ", bad.Select(b => $"'{b}'"))}.", nameof(ids));
        }

        foreach (var chunk in list.Distinct(StringComparer.Ordinal).Chunk(_options.MaxIdsPerRequest))
        {
            await foreach (var kpi in PagesAsync<KoladaKpi>($"kpi/{string.Join(',', chunk)}?per_page={_options.PageSize}", KoladaResponseReader.ReadKpis, null, cancellationToken).ConfigureAwait(false))
            {
                yield return kpi;
            }
        }
    }

    /// <summary>Lists every municipality and region (and the country, <c>0000</c>).</summary>
    /// <param name="cancellationToken">Stops the listing.</param>
    /// <returns>The municipalities.</returns>
    public IAsyncEnumerable<KoladaMunicipality> GetMunicipalitiesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync<KoladaMunicipality>($"municipality?per_page={_options.PageSize}", KoladaResponseReader.ReadMunicipalities, null, cancellationToken);

    /// <summary>Lists the municipality groups, e.g. the groups of similar municipalities ("liknande kommuner").</summary>
    /// <param name="title">Words of the group's title to search for, or <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Stops the listing.</param>
    /// <returns>The groups with their members.</returns>
    public IAsyncEnumerable<KoladaMunicipalityGroup> GetMunicipalityGroupsAsync(string? title = null, CancellationToken cancellationToken = default) =>
        PagesAsync<KoladaMunicipalityGroup>($"municipality_groups?{(string.IsNullOrWhiteSpace(title) ? "" : "title=" + Uri.EscapeDataString(title.Trim()) + "&")}per_page={_options.PageSize}",
            KoladaResponseReader.ReadGroups, null, cancellationToken);

    /// <summary>Gets data records for KPIs × municipalities (or units) × years, or only those changed since a date.</summary>
    /// <param name="query">What to get; checked before any request.</param>
    /// <param name="progress">Told after each page, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the pull.</param>
    /// <returns>The records, page by page; deleted ones (change queries) have <see cref="KoladaDataRecord.IsDeleted"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The query has a malformed id or reversed years; the message lists every problem (see <see cref="KoladaDataQuery.Check"/>).</exception>
    public IAsyncEnumerable<KoladaDataRecord> GetDataAsync(KoladaDataQuery query, IProgress<KoladaProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        if (query.Check() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(query));
        }

        return DataAsync(query, progress, cancellationToken);
    }

    private async IAsyncEnumerable<KoladaDataRecord> DataAsync(KoladaDataQuery query, IProgress<KoladaProgress>? progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var urls = query.Urls(_options.MaxIdsPerRequest, _options.PageSize).ToList();
        var counter = new PageCounter(urls.Count, progress);
        foreach (var url in urls)
        {
            counter.Requests++;
            await foreach (var record in PagesAsync<KoladaDataRecord>(url, KoladaResponseReader.ReadData, counter, cancellationToken).ConfigureAwait(false))
            {
                yield return record;
            }
        }
    }

    private async IAsyncEnumerable<T> PagesAsync<T>(string relativeUrl, PageReader<T> read, PageCounter? counter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var url = new Uri(_options.BaseAddress, relativeUrl);
        var items = new List<T>();
        for (var pages = 1; ; pages++)
        {
            var body = await GetBytesAsync(url, cancellationToken).ConfigureAwait(false);
            items.Clear();
            var page = read(body, url.ToString(), items);
            counter?.Read(items.Count);
            foreach (var item in items)
            {
                yield return item;
            }

            if (page.NextUrl is null)
            {
                yield break;
            }

            if (pages >= _options.MaxPages)
            {
                throw new KoladaRequestException(page.NextUrl, null, 0,
                    $"the answer to {new Uri(_options.BaseAddress, relativeUrl)} goes on beyond {_options.MaxPages} pages (KoladaClientOptions.MaxPages); narrow the query.");
            }

            url = new Uri(_options.BaseAddress, page.NextUrl);
        }
    }

    private delegate KoladaPage PageReader<T>(ReadOnlySpan<byte> json, string source, List<T> into);

    /// <summary>Counts pages and records for the progress report.</summary>
    private sealed class PageCounter(int planned, IProgress<KoladaProgress>? progress)
    {
        private int _pages;
        private int _records;

        public int Requests { get; set; }

        public void Read(int records)
        {
            _pages++;
            _records += records;
            progress?.Report(new(Requests, planned, _pages, _records));
        }
    }
}
