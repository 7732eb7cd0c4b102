using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Styrmodell.Kolada.Tests;

/// <summary>The client against a real HTTP server on 127.0.0.1, answering with shapes made from shared/kolada.</summary>
public class KoladaClientTests
{
    private static readonly KoladaDataQuery Arboga = new(["N03702"], ["1984"], 2019, 2021);

    private static KoladaClientOptions Fast(LoopbackServer server) => new()
    {
        BaseAddress = server.Address,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        AttemptTimeout = TimeSpan.FromSeconds(5),
    };

    [Fact]
    public void Options_Defaults_AreTheDocumentedOnes()
    {
        var options = new KoladaClientOptions();

        Assert.Equal(new Uri("https://api.kolada.se/v3/"), options.BaseAddress);
        Assert.Equal(5000, options.PageSize);
        Assert.Equal(3, options.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(30), options.AttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1), options.RetryDelay);
        Assert.Equal(TimeSpan.FromSeconds(60), options.MaxRetryDelay);
        Assert.Equal(10_000, options.MaxPages);
        Assert.Equal(25, options.MaxIdsPerRequest);
    }

    [Fact]
    public void Constructor_BadOptions_NamesEveryOne()
    {
        using var http = new HttpClient();
        var e = Assert.Throws<ArgumentException>(() => new KoladaClient(http, new() { PageSize = 6000, MaxRetries = -1, MaxPages = 0 }));

        Assert.Contains("PageSize must be 1–5000", e.Message, StringComparison.Ordinal);
        Assert.Contains("MaxRetries must be 0–20", e.Message, StringComparison.Ordinal);
        Assert.Contains("MaxPages must be at least 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetData_ThreePages_FollowsNextUrl()
    {
        await using var server = await LoopbackServer.StartAsync((context, n) =>
        {
            var page = context.Request.Query["page"].ToString() is { Length: > 0 } p ? int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : 1;
            var next = page < 3 ? $"http://{context.Request.Host}/v3/data/kpi/N03702/municipality/1984/year/2019,2020,2021?per_page=1&page={page + 1}" : null;
            return LoopbackServer.WriteJsonAsync(context, Fixture.Page([Fixture.Record("N03702", "1984", 2018 + page, (300 + page).ToString(System.Globalization.CultureInfo.InvariantCulture))], next));
        });
        using var http = new HttpClient();
        var client = new KoladaClient(http, Fast(server) with { PageSize = 1 });
        var progress = new List<KoladaProgress>();

        var records = await ToListAsync(client.GetDataAsync(Arboga, new SynchronousProgress(progress.Add)));

        Assert.Equal([2019, 2020, 2021], records.Select(r => r.Year));
        Assert.Equal([301m, 302m, 303m], records.Select(r => r.Values[0].Value!.Value));
        Assert.Equal(["/v3/data/kpi/N03702/municipality/1984/year/2019,2020,2021?per_page=1", "/v3/data/kpi/N03702/municipality/1984/year/2019,2020,2021?per_page=1&page=2", "/v3/data/kpi/N03702/municipality/1984/year/2019,2020,2021?per_page=1&page=3"], server.Requests);
        Assert.Equal(new KoladaProgress(1, 1, 3, 3), progress[^1]);
    }

    [Fact]
    public async Task GetData_V2_FollowsNextPage()
    {
        await using var server = await LoopbackServer.StartAsync((context, n) => LoopbackServer.WriteJsonAsync(context, n == 1
            ? Fixture.Page([Fixture.Record("N03702", "1984", 2019, "302.832399")], $"http://{context.Request.Host}/v2/data/next", "next_page")
            : Fixture.Page([Fixture.Record("N03702", "1984", 2020, "269.962248")])), "/v2/");
        using var http = new HttpClient();

        var records = await ToListAsync(new KoladaClient(http, Fast(server)).GetDataAsync(Arboga));

        Assert.Equal([2019, 2020], records.Select(r => r.Year));
        Assert.Equal("/v2/data/next", server.Requests.Last());
    }

    [Fact]
    public async Task GetData_NextPageLinksWithoutEnd_StopAtMaxPages()
    {
        await using var server = await LoopbackServer.StartAsync((context, n) =>
            LoopbackServer.WriteJsonAsync(context, Fixture.Page([Fixture.Record("N03702", "1984", 2019, "1")], $"http://{context.Request.Host}/v3/again")));
        using var http = new HttpClient();

        var e = await Assert.ThrowsAsync<KoladaRequestException>(() => ToListAsync(new KoladaClient(http, Fast(server) with { MaxPages = 4 }).GetDataAsync(Arboga)));

        Assert.Contains("beyond 4 pages", e.Message, StringComparison.Ordinal);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task GetData_429WithRetryAfter_WaitsAndTriesAgain()
    {
        var times = new List<DateTime>();
        await using var server = await LoopbackServer.StartAsync((context, n) =>
        {
            times.Add(DateTime.UtcNow);
            if (n == 1)
            {
                context.Response.Headers.RetryAfter = "1";
                return LoopbackServer.WriteJsonAsync(context, "{}", 429);
            }

            return LoopbackServer.WriteJsonAsync(context, Fixture.Text("v3_data_N03702_N03703_arboga_1984.json"));
        });
        using var http = new HttpClient();

        var records = await ToListAsync(new KoladaClient(http, Fast(server)).GetDataAsync(Arboga));

        Assert.Equal(24, records.Count);
        Assert.Equal(2, times.Count);
        Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(0.9), $"waited {times[1] - times[0]}, Retry-After asked 1 s");
    }

    [Fact]
    public async Task GetData_503ThenSuccess_Succeeds()
    {
        await using var server = await LoopbackServer.StartAsync((context, n) => n == 1
            ? LoopbackServer.WriteJsonAsync(context, "unavailable", 503)
            : LoopbackServer.WriteJsonAsync(context, Fixture.Text("v3_data_N03702_N03703_arboga_1984.json")));
        using var http = new HttpClient();

        var records = await ToListAsync(new KoladaClient(http, Fast(server)).GetDataAsync(Arboga));

        Assert.Equal(24, records.Count);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task GetData_AlwaysFailing_GivesUpAfterTheDefaultThreeRetries()
    {
        await using var server = await LoopbackServer.StartAsync((context, n) => LoopbackServer.WriteJsonAsync(context, "busy", 503));
        using var http = new HttpClient();

        var e = await Assert.ThrowsAsync<KoladaRequestException>(() => ToListAsync(new KoladaClient(http, Fast(server)).GetDataAsync(Arboga)));

        Assert.Equal(4, e.Attempts); // the first and three retries
        Assert.Equal(HttpStatusCode.ServiceUnavailable, e.Status);
        Assert.Equal(4, server.Requests.Count);
        Assert.Contains("/v3/data/kpi/N03702/municipality/1984/year/2019,2020,2021", e.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetData_404_IsNotRetried()
    {
        await using var server = await LoopbackServer.StartAsync((context, n) => LoopbackServer.WriteJsonAsync(context, "{}", 404));
        using var http = new HttpClient();

        var e = await Assert.ThrowsAsync<KoladaRequestException>(() => ToListAsync(new KoladaClient(http, Fast(server)).GetDataAsync(Arboga)));

        Assert.Equal(1, e.Attempts);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task GetData_SlowServer_TimesOutPerAttempt()
    {
        await using var server = await LoopbackServer.StartAsync(async (context, n) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        using var http = new HttpClient();
        var options = Fast(server) with { AttemptTimeout = TimeSpan.FromMilliseconds(200), MaxRetries = 1 };

        var e = await Assert.ThrowsAsync<KoladaRequestException>(() => ToListAsync(new KoladaClient(http, options).GetDataAsync(Arboga)));

        Assert.Equal(2, e.Attempts);
        Assert.Contains("no complete answer within 0.2 s", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetData_BodyCutOffMidTransfer_IsRetriedThenReported()
    {
        await using var server = await LoopbackServer.StartAsync(async (context, n) =>
        {
            var body = Fixture.Bytes("v3_data_N03702_N03703_arboga_1984.json");
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
            await context.Response.Body.FlushAsync();
            context.Features.Get<IHttpResponseBodyFeature>()!.Stream.Close();
            context.Abort();
        });
        using var http = new HttpClient();

        var e = await Assert.ThrowsAsync<KoladaRequestException>(() => ToListAsync(new KoladaClient(http, Fast(server) with { MaxRetries = 1 }).GetDataAsync(Arboga)));

        Assert.Equal(2, e.Attempts);
    }

    [Fact]
    public async Task GetData_TruncatedJson_IsOneShapeErrorWithUrl()
    {
        var text = Fixture.Text("v3_data_N03702_N03703_arboga_1984.json");
        await using var server = await LoopbackServer.StartAsync((context, n) => LoopbackServer.WriteJsonAsync(context, text[..(text.Length / 2)]));
        using var http = new HttpClient();

        var e = await Assert.ThrowsAsync<KoladaResponseException>(() => ToListAsync(new KoladaClient(http, Fast(server)).GetDataAsync(Arboga)));

        Assert.StartsWith(server.Address + "data/kpi/N03702", e.Origin, StringComparison.Ordinal);
        Assert.StartsWith("$.values[", e.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetData_MalformedJson_IsOneShapeError()
    {
        await using var server = await LoopbackServer.StartAsync((context, n) => LoopbackServer.WriteJsonAsync(context, "<html>Kolada is down</html>"));
        using var http = new HttpClient();

        var e = await Assert.ThrowsAsync<KoladaResponseException>(() => ToListAsync(new KoladaClient(http, Fast(server)).GetDataAsync(Arboga)));

        Assert.Equal("$", e.Path);
    }

    [Fact]
    public async Task GetData_BadQuery_EveryProblemAndNoRequest()
    {
        await using var server = await LoopbackServer.StartAsync((context, n) => LoopbackServer.WriteJsonAsync(context, "{\"values\": []}"));
        using var http = new HttpClient();
        var query = new KoladaDataQuery(["N0009", "n00090"], ["486"], 2024, 2019);

        var problems = query.Check();
        var e = Assert.Throws<ArgumentException>(() => new KoladaClient(http, Fast(server)).GetDataAsync(query));

        Assert.Equal([KoladaProblemCodes.InvalidKpi, KoladaProblemCodes.InvalidKpi, KoladaProblemCodes.InvalidArea, KoladaProblemCodes.InvalidYears], problems.Select(p => p.Code));
        Assert.Equal(["kpis[0]", "kpis[1]", "areas[0]", "years"], problems.Select(p => p.Where));
        Assert.Contains("'486' is not a municipality code", e.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task GetData_UnknownKpi_IsAnEmptyAnswer()
    {
        await using var server = await LoopbackServer.StartAsync((context, n) => LoopbackServer.WriteJsonAsync(context, "{\"values\": [], \"count\": 0}"));
        using var http = new HttpClient();

        var records = await ToListAsync(new KoladaClient(http, Fast(server)).GetDataAsync(Arboga with { Kpis = ["N99999"] }));

        Assert.Empty(records);
    }

    [Fact]
    public async Task GetData_ChangedSince_AsksWithFromDate()
    {
        await using var server = await LoopbackServer.StartAsync((context, n) =>
            LoopbackServer.WriteJsonAsync(context, Fixture.Page([Fixture.Record("N03702", "1984", 2021, "null", extra: ", \"isdeleted\": true")])));
        using var http = new HttpClient();

        var records = await ToListAsync(new KoladaClient(http, Fast(server)).GetDataAsync(Arboga with { ChangedSince = new NodaTime.LocalDate(2026, 11, 1) }));

        Assert.True(Assert.Single(records).IsDeleted);
        Assert.EndsWith("&from_date=2026-11-01", Assert.Single(server.Requests), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetData_LongIdLists_AreSplit()
    {
        await using var server = await LoopbackServer.StartAsync((context, n) => LoopbackServer.WriteJsonAsync(context, "{\"values\": []}"));
        using var http = new HttpClient();
        var areas = Enumerable.Range(1, 30).Select(i => i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        await ToListAsync(new KoladaClient(http, Fast(server)).GetDataAsync(new KoladaDataQuery(["N00090"], [.. areas], 2024, 2024)));

        Assert.Equal(2, server.Requests.Count); // 25 + 5 municipalities
    }

    [Fact]
    public async Task Metadata_KpisMunicipalitiesGroups_FromTheirEndpoints()
    {
        await using var server = await LoopbackServer.StartAsync((context, n) => LoopbackServer.WriteJsonAsync(context, context.Request.Path.Value switch
        {
            "/v3/kpi" => Fixture.Text("v3_kpi_goal_examples.json"),
            "/v3/kpi/N00090,N99999" => Fixture.Page([]).Replace("[]", "[" + System.Text.Json.JsonDocument.Parse(Fixture.Text("v3_kpi_goal_examples.json")).RootElement.GetProperty("values")[0].GetRawText() + "]", StringComparison.Ordinal),
            "/v3/municipality" => Fixture.Text("v3_municipality_selected.json"),
            "/v3/municipality_groups" => "{\"values\": [{\"id\": \"G124026\", \"title\": \"Liknande kommuner\", \"members\": [{\"id\": \"0486\", \"title\": \"Strängnäs\"}, {\"id\": \"1984\", \"title\": \"Arboga\"}]}]}",
            _ => "{\"values\": []}",
        }));
        using var http = new HttpClient();
        var client = new KoladaClient(http, Fast(server));

        var search = await ToListAsync(client.SearchKpisAsync("sjukfrånvaro"));
        var byId = await ToListAsync(client.GetKpisAsync(["N00090", "N99999"]));
        var municipalities = await ToListAsync(client.GetMunicipalitiesAsync());
        var groups = await ToListAsync(client.GetMunicipalityGroupsAsync());

        Assert.Equal(14, search.Count);
        Assert.Equal("/v3/kpi?title=sjukfr%C3%A5nvaro&per_page=5000", server.Requests.First());
        Assert.Equal("N00090", Assert.Single(byId).Id); // N99999 is unknown: simply absent
        Assert.Equal(5, municipalities.Count);
        Assert.Equal(["0486", "1984"], Assert.Single(groups).Members);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Reports on the calling thread, so that the test sees every report before it asserts.</summary>
    private sealed class SynchronousProgress(Action<KoladaProgress> report) : IProgress<KoladaProgress>
    {
        public void Report(KoladaProgress value) => report(value);
    }
}
