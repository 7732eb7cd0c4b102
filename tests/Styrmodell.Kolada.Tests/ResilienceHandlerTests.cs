using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Styrmodell.Kolada.Tests;

/// <summary>The set-up the package README documents: IHttpClientFactory, the standard resilience handler, and the client's own retries off.</summary>
public class ResilienceHandlerTests
{
    [Fact]
    public async Task StandardHandler_503ThenSuccess_RetriedByTheHandlerAlone()
    {
        await using var server = await LoopbackServer.StartAsync((context, n) => n == 1
            ? LoopbackServer.WriteJsonAsync(context, "unavailable", 503)
            : LoopbackServer.WriteJsonAsync(context, Fixture.Text("v3_data_N03702_N03703_arboga_1984.json")));
        var services = new ServiceCollection();
        services.AddSingleton(new KoladaClientOptions { BaseAddress = server.Address, MaxRetries = 0 });
        services.AddHttpClient<KoladaClient>().AddStandardResilienceHandler(options =>
        {
            options.Retry.Delay = TimeSpan.FromMilliseconds(10);
            options.Retry.UseJitter = false;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<KoladaClient>();

        var records = new List<KoladaDataRecord>();
        await foreach (var record in client.GetDataAsync(new KoladaDataQuery(["N03702"], ["1984"], 2019, 2021)))
        {
            records.Add(record);
        }

        Assert.Equal(0, client.Options.MaxRetries);
        Assert.Equal(24, records.Count);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Cancellation_StopsAPullAsCancelled()
    {
        await using var server = await LoopbackServer.StartAsync(async (context, n) =>
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default));
        using var http = new HttpClient();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var client = new KoladaClient(http, new() { BaseAddress = server.Address });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var record in client.GetDataAsync(new KoladaDataQuery(["N03702"], ["1984"], 2019, 2021), cancellationToken: cancel.Token))
            {
                Assert.Fail($"no record should come, got {record}");
            }
        });
        Assert.Single(server.Requests);
    }
}
