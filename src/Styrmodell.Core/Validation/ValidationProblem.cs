namespace Styrmodell.Validation;

/// <summary>One broken rule found while building or validating a model.</summary>
/// <param name="Code">A stable code from <see cref="ProblemCodes"/>, safe to match on.</param>
/// <param name="Location">Which element and member broke the rule.</param>
/// <param name="Message">A sentence for people, naming the ids involved. Its wording may change between versions; match on <paramref name="Code"/>.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ValidationProblem(string Code, ProblemLocation Location, string Message)
{
    /// <summary>Returns the problem as one line: <c>code at location: message</c>.</summary>
    /// <returns>The problem as invariant text.</returns>
    public override string ToString() => $"{Code} at {Location}: {Message}";
}
