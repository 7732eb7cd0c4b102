namespace Styrmodell.Kolada;

/// <summary>
/// A Kolada response (from the API or a saved file) is not of the shape Kolada publishes. Nothing of the response
/// is used: an import never goes ahead on part of a page.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed class KoladaResponseException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The URL or file the response came from.</param>
    /// <param name="path">The JSON path of the bad value, e.g. <c>$.values[3].period</c>.</param>
    /// <param name="problem">What is wrong and what was expected.</param>
    public KoladaResponseException(string source, string path, string problem)
        : base($"The Kolada response from {source} is not as expected at {path}: {problem}")
    {
        Origin = source;
        Path = path;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public KoladaResponseException()
        : this("an unknown source", "$", "the response is not as expected.")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public KoladaResponseException(string message)
        : this("an unknown source", "$", message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public KoladaResponseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Origin = "an unknown source";
        Path = "$";
        Problem = message;
    }

    /// <summary>Gets the URL or file the response came from.</summary>
    public string Origin { get; }

    /// <summary>Gets the JSON path of the bad value.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong and what was expected.</summary>
    public string Problem { get; }
}
