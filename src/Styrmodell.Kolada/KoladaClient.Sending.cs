using System.Globalization;
using System.Net;

namespace Styrmodell.Kolada;

public sealed partial class KoladaClient
{
    /// <summary>
    /// Gets one page's whole body, trying again on answers that may pass (429, 408, 5xx), attempt timeouts and
    /// connections or bodies cut off, waiting <c>Retry-After</c> when the server gives it and doubling waits otherwise.
    /// </summary>
    private async Task<byte[]> GetBytesAsync(Uri url, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            HttpStatusCode? status = null;
            TimeSpan? retryAfter = null;
            string problem;
            Exception? error = null;
            using (var attemptToken = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                attemptToken.CancelAfter(_options.AttemptTimeout);
                try
                {
                    using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, attemptToken.Token).ConfigureAwait(false);
                    status = response.StatusCode;
                    if (response.IsSuccessStatusCode)
                    {
                        return await response.Content.ReadAsByteArrayAsync(attemptToken.Token).ConfigureAwait(false);
                    }

                    problem = string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
                    if (!MayPass(response.StatusCode))
                    {
                        throw new KoladaRequestException(url.ToString(), status, attempt, problem + " (not retried)");
                    }

                    retryAfter = RetryAfter(response);
                }
                catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
                {
                    problem = $"no complete answer within {_options.AttemptTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s (KoladaClientOptions.AttemptTimeout)";
                    error = e;
                }
                catch (HttpRequestException e)
                {
                    problem = $"the connection failed ({e.Message})";
                    error = e;
                }
                catch (IOException e)
                {
                    problem = $"the answer was cut off ({e.Message})";
                    error = e;
                }
            }

            if (attempt > _options.MaxRetries)
            {
                throw new KoladaRequestException(url.ToString(), status, attempt, problem, error);
            }

            await Task.Delay(Wait(attempt, retryAfter), _options.Time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool MayPass(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _options.Time.GetUtcNow(),
        _ => null,
    };

    /// <summary>The server's wish when it states one, else RetryDelay doubled per retry; never negative nor over MaxRetryDelay.</summary>
    private TimeSpan Wait(int attempt, TimeSpan? retryAfter)
    {
        var wait = retryAfter ?? _options.RetryDelay * Math.Pow(2, Math.Min(attempt - 1, 16));
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > _options.MaxRetryDelay ? _options.MaxRetryDelay : wait;
    }
}
