using Ardalis.GuardClauses;

namespace Styrmodell.Collections;

/// <summary>Creates <see cref="EquatableArray{T}"/> values; also the builder behind collection expressions.</summary>
public static class EquatableArray
{
    /// <summary>Copies <paramref name="items"/> into a new array with value semantics.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements, in order.</param>
    /// <returns>The new array, or the empty array when <paramref name="items"/> is empty.</returns>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) =>
        items.IsEmpty ? default : new EquatableArray<T>(items.ToArray());

    /// <summary>Copies <paramref name="items"/> into a new array with value semantics.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements, in order.</param>
    /// <returns>The new array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
    {
        var array = Guard.Against.Null(items).ToArray();
        return array.Length == 0 ? default : new EquatableArray<T>(array);
    }
}
