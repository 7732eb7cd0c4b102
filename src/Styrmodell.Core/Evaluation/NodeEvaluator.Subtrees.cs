using Styrmodell.Evaluation.Rules;

namespace Styrmodell.Evaluation;

/// <summary>
/// Deactivated nodes and not-concerned subtrees (<see cref="EvaluationOptions.DeactivatedNodes"/>,
/// <see cref="EvaluationOptions.NotConcernedSubtrees"/>). A node's parents are evaluated after it, so the full pass
/// marks subtrees in a second pass from the top (<see cref="MarkNotConcernedSubtrees"/>); an explanation, made from the
/// final results, finds the reason by looking up.
/// </summary>
internal sealed partial class NodeEvaluator
{
    /// <summary>Gets whether not-concerned nodes take the nodes below them out.</summary>
    public bool MarksSubtrees => _options.NotConcernedSubtrees;

    /// <summary>
    /// Why node n is not concerned before anything feeds it: deactivated; or, when explaining with subtrees on, every
    /// parent not concerned (deactivated above, or not). Null when neither.
    /// </summary>
    private NotAssessedReason? OutOfScopeSubtree(int n, EvaluationState state, bool explaining)
    {
        if (_deactivated is not null && _deactivated[n])
        {
            return NotAssessedReason.Deactivated;
        }

        // A node not concerned by its own status is explained by that status (who, when, why), not by its parents.
        if (!explaining || !_options.NotConcernedSubtrees || OwnStatusNotConcerned(n) || !EveryParentNotConcerned(n, state))
        {
            return null;
        }

        return DeactivatedAbove(n, state) ? NotAssessedReason.ParentDeactivated : NotAssessedReason.ParentNotConcerned;
    }

    /// <summary>Whether node n's own manual assessment names a not-concerned status.</summary>
    private bool OwnStatusNotConcerned(int n)
    {
        if (_statusIndex is null || _measurements.AssessmentStart[n] == _measurements.AssessmentStart[n + 1])
        {
            return false;
        }

        var a = ManualFor(n);
        return a >= 0 && _statusIndex.TryGetValue(_index.Assessments[a].CategoryId, out var s) && _options.Statuses[s].IsNotConcerned;
    }

    /// <summary>Whether node n feeds at least one node of an assessed role and every such node is not concerned.</summary>
    private bool EveryParentNotConcerned(int n, EvaluationState state)
    {
        var any = false;
        for (var e = _index.UpStart[n]; e < _index.UpStart[n + 1]; e++)
        {
            var parent = _index.UpTarget[e];
            if (!_assessedRole[_index.LevelOf[parent]])
            {
                continue;
            }

            if (state.Category[parent] != RuleOutcome.NotConcerned)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>Whether every not-concerned parent of n is deactivated or has a deactivated node above it through not-concerned parents only.</summary>
    private bool DeactivatedAbove(int n, EvaluationState state)
    {
        for (var e = _index.UpStart[n]; e < _index.UpStart[n + 1]; e++)
        {
            var parent = _index.UpTarget[e];
            if (_assessedRole[_index.LevelOf[parent]]
                && !(_deactivated is not null && _deactivated[parent]) && !(EveryParentNotConcerned(parent, state) && DeactivatedAbove(parent, state)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The full pass's second step, top down: a stored node every one of whose parents is not concerned becomes not
    /// concerned, with no score and no points available.
    /// </summary>
    public void MarkNotConcernedSubtrees(ReadOnlySpan<int> bottomUpOrder, EvaluationState state)
    {
        for (var k = bottomUpOrder.Length - 1; k >= 0; k--)
        {
            var n = bottomUpOrder[k];
            if (IsStored(n) && state.Category[n] != RuleOutcome.NotConcerned && EveryParentNotConcerned(n, state))
            {
                state.Category[n] = RuleOutcome.NotConcerned;
                state.Score[n] = double.NaN;
                state.Forecast[n] = false;
                if (state.Available is { } available)
                {
                    available[n] = 0.0;
                }
            }
        }
    }
}
