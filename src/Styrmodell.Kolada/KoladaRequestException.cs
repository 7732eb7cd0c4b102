using System.Net;

namespace Styrmodell.Kolada;

/// <summary>A request to Kolada failed after every retry: an error status, a timeout, or a connection or body cut off.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed class KoladaRequestException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="url">The URL requested.</param>
    /// <param name="status">The last HTTP status, or <see langword="null"/> when there was no response.</param>
    /// <param name="attempts">How many attempts were made.</param>
    /// <param name="problem">What went wrong on the last attempt.</param>
    /// <param name="innerException">The last attempt's exception, if any.</param>
    public KoladaRequestException(string url, HttpStatusCode? status, int attempts, string problem, Exception? innerException = null)
        : base($"Kolada request {url} failed after {attempts} attempt{(attempts == 1 ? "" : "s")}: {problem}", innerException)
    {
        Url = url;
        Status = status;
        Attempts = attempts;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public KoladaRequestException()
        : this("an unknown URL", null, 0, "the request failed.")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public KoladaRequestException(string message)
        : this("an unknown URL", null, 0, message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public KoladaRequestException(string message, Exception innerException)
        : this("an unknown URL", null, 0, message, innerException)
    {
    }

    /// <summary>Gets the URL requested.</summary>
    public string Url { get; }

    /// <summary>Gets the last HTTP status, or <see langword="null"/> when no response came.</summary>
    public HttpStatusCode? Status { get; }

    /// <summary>Gets how many attempts were made.</summary>
    public int Attempts { get; }
}
