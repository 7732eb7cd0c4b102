namespace Styrmodell.Collections;

/// <summary>
/// An array stored in fixed-size chunks, whose copies share chunks until written: <see cref="Copy"/> costs
/// O(length ÷ 4096), and a write to a shared chunk copies that chunk only. This is what lets an incremental
/// re-evaluation touch a few nodes of a million without copying a million entries.
/// </summary>
/// <remarks>
/// Not thread-safe for writes. An instance is written only before it is first copied (the evaluation that fills it);
/// afterwards it is read-only and every change goes to a copy, so copies never see each other's writes.
/// </remarks>
internal sealed class ChunkedArray<T>
{
    private const int Shift = 12;
    private const int Mask = (1 << Shift) - 1;
    private readonly T[][] _chunks;
    private readonly bool[] _owned;

    public ChunkedArray(int length)
    {
        Length = length;
        var count = (length + Mask) >> Shift;
        _chunks = new T[count][];
        _owned = new bool[count];
        for (var c = 0; c < count; c++)
        {
            _chunks[c] = new T[Math.Min(1 << Shift, length - (c << Shift))];
            _owned[c] = true;
        }
    }

    private ChunkedArray(ChunkedArray<T> source)
    {
        Length = source.Length;
        _chunks = (T[][])source._chunks.Clone();
        _owned = new bool[_chunks.Length];
    }

    public int Length { get; }

    public T this[int index]
    {
        get => _chunks[index >> Shift][index & Mask];
        set
        {
            var c = index >> Shift;
            if (!_owned[c])
            {
                _chunks[c] = (T[])_chunks[c].Clone();
                _owned[c] = true;
            }

            _chunks[c][index & Mask] = value;
        }
    }

    /// <summary>A copy sharing every chunk with this array until either is written.</summary>
    public ChunkedArray<T> Copy() => new(this);

    public static ChunkedArray<T> From(IReadOnlyList<T> items)
    {
        var array = new ChunkedArray<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array[i] = items[i];
        }

        return array;
    }

    public T[] ToArray()
    {
        var result = new T[Length];
        for (var c = 0; c < _chunks.Length; c++)
        {
            _chunks[c].CopyTo(result, c << Shift);
        }

        return result;
    }
}
