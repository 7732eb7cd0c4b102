using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Styrmodell.Collections;

/// <summary>Guards for the collections of ids the model types hold.</summary>
internal static class GuardExtensions
{
    /// <summary>Rejects a null element, so that validation never meets one (it reports problems; it does not throw).</summary>
    public static EquatableArray<T> NullElements<T>(
        this IGuardClause guard, EquatableArray<T> input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : class
    {
        _ = guard;
        for (var i = 0; i < input.Count; i++)
        {
            if (input[i] is null)
            {
                throw new ArgumentException($"Element {i} is null; every element must be given.", parameterName);
            }
        }

        return input;
    }
}
