using Styrmodell.Validation;

namespace Styrmodell.Budget;

/// <summary>
/// Checks that need the budget's decisions together: what the revisions and reallocations naming a frame leave of it,
/// and outcomes of one frame whose periods overlap (each would count twice in the outcome to date).
/// </summary>
internal sealed partial class BudgetValidator
{
    /// <summary>A frame is zero or more after every revision and reallocation that names it (docs/budget.md, rule 1).</summary>
    private void CheckFramesInForce(BudgetRecord budget)
    {
        var inForce = _tree.Frames.Select(f => f.Amount).ToArray();
        var moved = new bool[inForce.Length];
        void Move(string frameId, decimal amount)
        {
            if (_tree.Find(frameId) is var at and >= 0 && TryAdd(ref inForce[at], amount))
            {
                moved[at] = true;
            }
        }

        foreach (var change in budget.Changes)
        {
            Move(change.FrameId, change.Amount);
        }

        foreach (var move in budget.Reallocations.Where(m => m.Amount > 0))
        {
            Move(move.FromFrameId, -move.Amount);
            Move(move.ToFrameId, move.Amount);
        }

        for (var i = 0; i < inForce.Length; i++)
        {
            if (moved[i] && inForce[i] < 0 && _tree.Frames[i].Amount >= 0)
            {
                var frame = _tree.Frames[i];
                Add(ProblemCodes.NegativeFrame, new(ModelElement.BudgetFrame, frame.Id, i, "amount"),
                    $"The frame '{frame.Id}' is {frame.Amount}, and the revisions and reallocations that name it leave {inForce[i]}; a frame in force is zero or more.");
            }
        }
    }

    /// <summary>Two outcomes of one frame whose periods overlap (months 1–4 and the first tertial) would count twice.</summary>
    private void CheckOverlappingOutcomes(BudgetRecord budget)
    {
        foreach (var group in budget.Outcomes.Select((o, i) => (Outcome: o, Index: i)).GroupBy(x => x.Outcome.FrameId, StringComparer.Ordinal))
        {
            var previous = ((BudgetOutcome Outcome, int Index)?)null;
            foreach (var current in group.OrderBy(x => x.Outcome.Period.Start).ThenBy(x => x.Outcome.Period.End))
            {
                if (previous is { } p && current.Outcome.Period.Start <= p.Outcome.Period.End && current.Outcome.Period != p.Outcome.Period)
                {
                    Add(ProblemCodes.DuplicateEntry, new(ModelElement.BudgetOutcome, current.Outcome.FrameId, current.Index, "period"),
                        $"Frame '{current.Outcome.FrameId}' has an outcome for {current.Outcome.Period.Id}, which overlaps the outcome for {p.Outcome.Period.Id} at position {p.Index}; each month may be counted once.");
                }

                if (previous is null || current.Outcome.Period.End > previous.Value.Outcome.Period.End)
                {
                    previous = current;
                }
            }
        }
    }
}
