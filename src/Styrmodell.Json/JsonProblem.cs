using System.Globalization;

namespace Styrmodell.Json;

/// <summary>One problem found while reading a document: where (JSON path, and line and position when known), a stable code, and what was expected.</summary>
/// <param name="Path">The JSON path, e.g. <c>$.nodes[12].parent</c>.</param>
/// <param name="Code">A stable code: <c>invalid-json</c>, <c>invalid-value</c>, <c>unsupported-version</c>, or a model validation code from <c>Styrmodell.Validation.ProblemCodes</c>.</param>
/// <param name="Message">What is wrong and what was expected.</param>
/// <param name="Line">The 1-based line, when known.</param>
/// <param name="Position">The 1-based byte position in the line, when known.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record JsonProblem(string Path, string Code, string Message, long? Line = null, long? Position = null)
{
    /// <summary>Returns <c>path (line L, position P): code: message</c>.</summary>
    /// <returns>The problem as one line.</returns>
    public override string ToString() =>
        Path + (Line is { } line ? string.Create(CultureInfo.InvariantCulture, $" (line {line}, position {Position})") : "") + $": {Code}: {Message}";
}
