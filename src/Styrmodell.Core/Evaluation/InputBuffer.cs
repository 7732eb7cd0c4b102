using Styrmodell.Evaluation.Rules;

namespace Styrmodell.Evaluation;

/// <summary>A reusable list of rule inputs, so a full pass allocates nothing per node. One per thread of work.</summary>
internal sealed class InputBuffer
{
    private RuleInput[] _items = new RuleInput[16];

    public int Count { get; private set; }

    public ReadOnlySpan<RuleInput> Inputs => _items.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Push(RuleInput input)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Count * 2);
        }

        _items[Count++] = input;
    }

    /// <summary>Sorts by category, weight, score and available share: a canonical order of the same multiset of inputs.</summary>
    public void Sort()
    {
        if (Count > 1)
        {
            _items.AsSpan(0, Count).Sort(default(CanonicalOrder));
        }
    }

    /// <summary>Turns not-assessed inputs (category -1, after any not-concerned ones) into the worst category with score 0.</summary>
    public void ReplaceMissing(int worst)
    {
        for (var i = 0; i < Count && _items[i].Category < 0; i++)
        {
            if (_items[i].Category == -1)
            {
                _items[i] = _items[i] with { Category = worst, Score = 0.0 };
            }
        }
    }

    private readonly struct CanonicalOrder : IComparer<RuleInput>
    {
        public int Compare(RuleInput a, RuleInput b) =>
            a.Category != b.Category ? a.Category.CompareTo(b.Category)
            : a.Weight != b.Weight ? a.Weight.CompareTo(b.Weight)
            : a.Score != b.Score ? a.Score.CompareTo(b.Score)
            : a.Available.CompareTo(b.Available);
    }
}
