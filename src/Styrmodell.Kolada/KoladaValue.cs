using Styrmodell.Targets;

namespace Styrmodell.Kolada;

/// <summary>One breakdown's value in a Kolada data record.</summary>
/// <param name="Gender">The breakdown: Kolada's <c>T</c> (total), <c>K</c> (women) or <c>M</c> (men).</param>
/// <param name="Value">The value, or <see langword="null"/> when Kolada publishes none (no outcome — never zero).</param>
/// <param name="Status">Kolada's status text for the value, as published; empty when there is none.</param>
/// <param name="Count">How many units the value is computed over (Kolada's <c>count</c>), when given.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public readonly record struct KoladaValue(Gender Gender, decimal? Value, string Status, int? Count);
