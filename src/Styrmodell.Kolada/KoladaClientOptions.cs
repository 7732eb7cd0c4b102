namespace Styrmodell.Kolada;

/// <summary>How a <see cref="KoladaClient"/> talks to Kolada. Every setting has a documented default; the client checks them when it is created.</summary>
/// <remarks>
/// The client retries on its own (429 and 5xx answers, timeouts, connections or bodies cut off), honouring
/// <c>Retry-After</c>. When the <see cref="HttpClient"/> already has a resilience handler (e.g.
/// <c>AddStandardResilienceHandler()</c> from Microsoft.Extensions.Http.Resilience), set <see cref="MaxRetries"/> to 0
/// so that requests are not retried twice over.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record KoladaClientOptions
{
    /// <summary>The public Kolada API, v3.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.kolada.se/v3/");

    /// <summary>Gets the API's base address, e.g. <c>https://api.kolada.se/v2/</c> for v2 (the paths are the same; the reader takes both spellings).</summary>
    /// <value>Default <c>https://api.kolada.se/v3/</c>.</value>
    public Uri BaseAddress { get; init; } = DefaultBaseAddress;

    /// <summary>Gets how many items a page asks for (Kolada serves at most 5,000).</summary>
    /// <value>Default 5,000.</value>
    public int PageSize { get; init; } = 5000;

    /// <summary>Gets how many times a failed request is tried again.</summary>
    /// <value>Default 3 (four attempts in all).</value>
    public int MaxRetries { get; init; } = 3;

    /// <summary>Gets how long one attempt (request and whole body) may take before it counts as failed.</summary>
    /// <value>Default 30 seconds.</value>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets the wait before the first retry when the server does not say (<c>Retry-After</c>); it doubles for each further retry.</summary>
    /// <value>Default 1 second.</value>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets the longest wait before a retry, whatever <c>Retry-After</c> asks.</summary>
    /// <value>Default 60 seconds.</value>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets how many pages one query may follow, so that a server sending next-page links in a loop cannot keep the client busy forever.</summary>
    /// <value>Default 10,000 (50 million records at 5,000 a page).</value>
    public int MaxPages { get; init; } = 10_000;

    /// <summary>Gets how many ids one URL lists (KPIs, municipalities, years); longer lists are split into several requests.</summary>
    /// <value>Default 25, the most Kolada accepts.</value>
    public int MaxIdsPerRequest { get; init; } = 25;

    /// <summary>Gets the clock used for retry waits (tests pass a fake one).</summary>
    /// <value>Default <see cref="TimeProvider.System"/>.</value>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Reports every setting that is out of range, all at once.</summary>
    internal IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!BaseAddress.IsAbsoluteUri || !BaseAddress.AbsolutePath.EndsWith('/'))
        {
            problems.Add($"BaseAddress must be an absolute URL ending in '/', e.g. {DefaultBaseAddress}; got {BaseAddress}.");
        }

        Check(PageSize is >= 1 and <= 5000, $"PageSize must be 1–5000 (Kolada serves at most 5,000 a page); got {PageSize}.");
        Check(MaxRetries is >= 0 and <= 20, $"MaxRetries must be 0–20; got {MaxRetries}.");
        Check(AttemptTimeout > TimeSpan.Zero || AttemptTimeout == Timeout.InfiniteTimeSpan, $"AttemptTimeout must be positive or infinite; got {AttemptTimeout}.");
        Check(RetryDelay >= TimeSpan.Zero && MaxRetryDelay >= RetryDelay, $"RetryDelay must be at least zero and at most MaxRetryDelay; got {RetryDelay} and {MaxRetryDelay}.");
        Check(MaxPages >= 1, $"MaxPages must be at least 1; got {MaxPages}.");
        Check(MaxIdsPerRequest >= 1, $"MaxIdsPerRequest must be at least 1; got {MaxIdsPerRequest}.");
        return problems;

        void Check(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add(problem);
            }
        }
    }
}
