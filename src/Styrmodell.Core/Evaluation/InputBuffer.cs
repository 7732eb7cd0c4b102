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
}
