namespace Styrmodell.Finance;

/// <summary>A named number a <see cref="TraceStep"/> was computed from, e.g. <c>b = 1110.5</c>.</summary>
/// <param name="Name">The term's name, one of <see cref="TraceTerms"/>.</param>
/// <param name="Value">The exact value, in the year's amount unit (shares as fractions, growth in percent).</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record TraceTerm(string Name, decimal Value);
