using Styrmodell.Evaluation.Rules;
using Styrmodell.Model;

namespace Styrmodell.Evaluation;

/// <summary>
/// What a points explanation carries besides the rule's own sums — the points done, planned, not done and not reported,
/// and the tasks below — found by following the subtree down when an explanation is asked for. The full pass stores
/// nothing for it, so evaluating a whole model costs the same with or without these figures.
/// </summary>
internal sealed partial class NodeEvaluator
{
    /// <summary>Adds the points' parts and task counts below node n to its points step.</summary>
    private RuleStep WithParts(int n, RollUpRule rule, EvaluationState state, RuleStep step)
    {
        var points = step.PointsAvailable ?? 0.0;
        var (parts, tasks) = InputsParts(n, rule, state);
        return step with
        {
            PointsDone = points * parts.Done,
            PointsPlanned = points * parts.Planned,
            PointsNotDone = points * parts.NotDone,
            PointsNotReported = points * parts.NotReported,
            Tasks = tasks.ToCounts(),
        };
    }

    /// <summary>Node n's points after its personalised potential factor, with the factor and the points before it.</summary>
    private RuleStep Personalised(int n, RuleStep step)
    {
        if (_factor is null || _factor[n] == 1.0)
        {
            return step;
        }

        var f = _factor[n];
        return step with
        {
            PotentialFactor = f,
            PointsAvailableBeforeFactor = step.PointsAvailable,
            PointsAvailable = step.PointsAvailable * f,
            PointsAwarded = step.PointsAwarded * f,
            PointsDone = step.PointsDone * f,
            PointsPlanned = step.PointsPlanned * f,
            PointsNotDone = step.PointsNotDone * f,
            PointsNotReported = step.PointsNotReported * f,
            NotConcernedPoints = step.NotConcernedPoints * f,
            SharedOutEach = step.SharedOutEach * f,
        };
    }

    /// <summary>The tasks below a node with a status: all completed, by the status's split (explanations only).</summary>
    private TaskCounts? StatusTasks(int n, AssessmentStatus status, PointsSplit? split) =>
        status.IsNotConcerned ? NotConcernedTasks(n).ToCounts()
        : split is null ? null
        : Tasks.AllCompleted(TaskTotal(n), split).ToCounts();

    /// <summary>
    /// The parts of node n's available points held by its inputs, weighted by their points (link weight × available
    /// share, plus shared-out not-concerned points as the points rule gives them), and the tasks below it.
    /// </summary>
    private (Parts Parts, Tasks Tasks) InputsParts(int n, RollUpRule rule, EvaluationState state)
    {
        var down = _model.DownStart;
        // The inputs the rule itself used: under MissingDataPolicy.Exclude an input without a result is left out of the
        // rule, so it is left out of the parts too and the parts stay shares of the rule's own available points.
        var assignment = _nodeRule.Count > 0 && _nodeRule.TryGetValue(n, out var assigned) ? assigned : _levelRule[_index.LevelOf[n]];
        var excludeMissing = (assignment?.MissingData ?? _options.MissingData) == MissingDataPolicy.Exclude;
        bool Unused(int from) => IsLeftOut(from, state) || (excludeMissing && state.Category[from] == -1);
        double notConcerned = 0;
        var receivers = 0;
        for (var k = down[n]; k < down[n + 1]; k++)
        {
            var edge = _model.DownEdge[k];
            var from = _model.EdgeSource[edge];
            if (_assessedRole[_index.LevelOf[from]])
            {
                var weight = _index.UpWeight[edge];
                if (state.Category[from] == RuleOutcome.NotConcerned)
                {
                    notConcerned += weight * FactorOf(from);
                }
                else if (!Unused(from) && PointsRule.IsReceiver(weight * (state.Available is { } shares ? shares[from] : 1.0)))
                {
                    receivers++;
                }
            }
        }

        var share = PointsRule.ShareEach(rule is PointsRule { ShareOutNotConcerned: true }, notConcerned, receivers);
        var mapping = rule as WeightedMappingRule;
        double all = 0;
        var sum = default(Parts);
        var tasks = default(Tasks);
        for (var k = down[n]; k < down[n + 1]; k++)
        {
            var edge = _model.DownEdge[k];
            var from = _model.EdgeSource[edge];
            if (!_assessedRole[_index.LevelOf[from]] || IsLeftOut(from, state))
            {
                continue;
            }

            if (Unused(from))
            {
                tasks += new Tasks(TaskTotal(from), 0, 0, 0, 0, 0); // its tasks are there, none completed
                continue;
            }

            var weight = _index.UpWeight[edge];
            if (state.Category[from] == RuleOutcome.NotConcerned)
            {
                if (mapping is { LeaveOutNotConcerned: false })
                {
                    // A not-concerned origin counted in keeps its points with nothing reported (TeT: potential − done −
                    // planned − not done).
                    all += weight * _index.Nodes[from].Weight;
                    sum += new Parts(0, 0, 0, 1) * (weight * _index.Nodes[from].Weight);
                }

                tasks += NotConcernedTasks(from);
                continue;
            }

            // A mapped origin weighs its own points × the mapping's weight, whatever it lost below.
            var own = mapping is not null ? weight * _index.Nodes[from].Weight
                : PointsRule.WithShare(weight * (state.Available is { } available ? available[from] : 1.0), share);
            var (parts, below) = NodeParts(from, state);
            all += own;
            sum += parts * own;
            tasks += below;
        }

        return (all > 0 ? sum * (1.0 / all) : default, tasks);
    }

    /// <summary>
    /// Node n's parts of its own points: a status's split, a reported node's score as done and the rest as not done, all
    /// not reported when it is not assessed, else its inputs' parts; and its tasks.
    /// </summary>
    private (Parts Parts, Tasks Tasks) NodeParts(int n, EvaluationState state)
    {
        var manual = _measurements.AssessmentStart[n] == _measurements.AssessmentStart[n + 1] ? -1 : ManualFor(n);
        if (manual >= 0)
        {
            // A status or a manual assessment reports on the node as a whole, and on every task below it.
            var split = SplitOf(manual) ?? ScoreSplit(n, state);
            return (new(split.Done, split.Planned, split.NotDone, 0), Tasks.AllCompleted(TaskTotal(n), split));
        }

        if (state.Category[n] < 0)
        {
            return (new(0, 0, 0, 1), new(TaskTotal(n), 0, 0, 0, 0, 0));
        }

        if (_measurements.IndicatorOfNode[n] >= 0 || IsTask(n))
        {
            var split = ScoreSplit(n, state);
            return (new(split.Done, split.Planned, split.NotDone, 0), Tasks.AllCompleted(TaskTotal(n), split));
        }

        var assignment = _nodeRule.Count > 0 && _nodeRule.TryGetValue(n, out var own) ? own : _levelRule[_index.LevelOf[n]];
        return InputsParts(n, assignment?.Rule ?? _options.DefaultRule, state);
    }

    /// <summary>The split a status gives through manual assessment a — its own, or a <i>détaillé</i> assessment's — or null.</summary>
    private PointsSplit? SplitOf(int a)
    {
        var assessment = _index.Assessments[a];
        if (_statusIndex is null || !_statusIndex.TryGetValue(assessment.CategoryId, out var s))
        {
            return null;
        }

        var status = _options.Statuses[s];
        return status.Split ?? (status.IsDetailed ? assessment.Split : null);
    }

    /// <summary>A node reported by a score (an indicator, a category, a status without a split): the score is done, the rest not done.</summary>
    private PointsSplit ScoreSplit(int n, EvaluationState state)
    {
        var category = state.Category[n];
        var score = category < 0 ? 0.0 : double.IsNaN(state.Score[n]) ? Scale.Categories[category].MinimumScore : state.Score[n];
        score = Math.Clamp(score, 0.0, 1.0);
        return new(score, 0, 1 - score);
    }

    /// <summary>Whether node n has no input of an assessed role: a task.</summary>
    private bool IsTask(int n)
    {
        var down = _model.DownStart;
        for (var k = down[n]; k < down[n + 1]; k++)
        {
            if (_assessedRole[_index.LevelOf[_model.EdgeSource[_model.DownEdge[k]]]])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The tasks (leaves of assessed roles) below node n, itself when it is one.</summary>
    private int TaskTotal(int n)
    {
        var down = _model.DownStart;
        var total = 0;
        for (var k = down[n]; k < down[n + 1]; k++)
        {
            var from = _model.EdgeSource[_model.DownEdge[k]];
            if (_assessedRole[_index.LevelOf[from]])
            {
                total += TaskTotal(from);
            }
        }

        return total == 0 ? 1 : total;
    }

    /// <summary>
    /// A not-concerned node's tasks as territoires-en-transitions counts them: its direct inputs that are tasks, or 1
    /// when none is (<c>scores.service.ts</c> keeps the Python engine's <c>leaf_count</c> here), all completed and not concerned.
    /// </summary>
    private Tasks NotConcernedTasks(int n)
    {
        var down = _model.DownStart;
        var leaves = 0;
        for (var k = down[n]; k < down[n + 1]; k++)
        {
            var from = _model.EdgeSource[_model.DownEdge[k]];
            if (_assessedRole[_index.LevelOf[from]] && IsTask(from))
            {
                leaves++;
            }
        }

        leaves = leaves == 0 ? 1 : leaves;
        return new(leaves, leaves, 0, 0, 0, leaves);
    }

    /// <summary>Shares of a node's available points: done, planned, not done and not reported.</summary>
    private readonly record struct Parts(double Done, double Planned, double NotDone, double NotReported)
    {
        public static Parts operator +(Parts a, Parts b) => new(a.Done + b.Done, a.Planned + b.Planned, a.NotDone + b.NotDone, a.NotReported + b.NotReported);

        public static Parts operator *(Parts a, double w) => new(a.Done * w, a.Planned * w, a.NotDone * w, a.NotReported * w);
    }

    /// <summary>Task counts while they are summed.</summary>
    private readonly record struct Tasks(int Total, int Completed, double Done, double Planned, double NotDone, double NotConcerned)
    {
        public static Tasks AllCompleted(int total, PointsSplit split) => new(total, total, split.Done * total, split.Planned * total, split.NotDone * total, 0);

        public static Tasks operator +(Tasks a, Tasks b) =>
            new(a.Total + b.Total, a.Completed + b.Completed, a.Done + b.Done, a.Planned + b.Planned, a.NotDone + b.NotDone, a.NotConcerned + b.NotConcerned);

        public TaskCounts ToCounts() => new(Total, Completed, Done, Planned, NotDone, NotConcerned);
    }
}
