namespace Styrmodell.Kolada;

/// <summary>A problem found before or while importing: a stable code (<see cref="KoladaProblemCodes"/>), where it is, and what was expected.</summary>
/// <param name="Code">The stable code.</param>
/// <param name="Where">Where: an indicator's binding (<c>indicator 'ind-sjuk'.openData.series</c>), an argument (<c>years</c>), a file or URL.</param>
/// <param name="Message">What is wrong and what was expected, in English (tools may translate by code).</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record KoladaProblem(string Code, string Where, string Message)
{
    /// <summary>Returns <c>code at where: message</c>.</summary>
    /// <returns>The problem as one line.</returns>
    public override string ToString() => $"{Code} at {Where}: {Message}";
}
