using System.Collections;
using System.Runtime.CompilerServices;

namespace Styrmodell.Collections;

/// <summary>
/// An immutable array with value semantics: two instances are equal when they hold equal elements in the same order.
/// </summary>
/// <typeparam name="T">The element type; its own equality decides element equality.</typeparam>
/// <remarks>
/// Records holding this type keep structural equality, which <see cref="System.Collections.Immutable.ImmutableArray{T}"/>
/// (reference equality) would break. The default value is an empty array.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly T[]? _items;

    internal EquatableArray(T[] items) => _items = items;

    /// <summary>Gets an empty array.</summary>
    public static EquatableArray<T> Empty => default;

    /// <summary>Gets the number of elements.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>Gets whether the array has no elements.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Gets the element at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the array.</exception>
    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _items![index];
        }
    }

    /// <summary>Gets the elements as a read-only span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other) =>
        AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Compares two arrays element by element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when both hold equal elements in the same order.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays element by element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when the arrays differ in length or in any element.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Returns an enumerator over the elements.</summary>
    /// <returns>An enumerator that allocates nothing.</returns>
    public ReadOnlySpan<T>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    /// <summary>Returns the elements as short invariant text, e.g. <c>[a, b]</c>.</summary>
    /// <returns>The elements separated by commas, in brackets.</returns>
    public override string ToString() => "[" + string.Join(", ", _items ?? []) + "]";
}
