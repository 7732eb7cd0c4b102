using Styrmodell.Targets;
using Styrmodell.Validation;

namespace Styrmodell.Model;

/// <summary>
/// Checks which indicators contribute to which (<see cref="Indicator.Contributors"/>): each is an indicator of the same
/// unit whose values are parts of a sum, named once, and no indicator contributes to itself however far down.
/// </summary>
internal static class ContributionValidator
{
    public static void Check(ModelIndex index, List<ValidationProblem> problems)
    {
        for (var i = 0; i < index.Indicators.Length; i++)
        {
            var indicator = index.Indicators[i];
            for (var k = 0; k < indicator.Contributors.Count; k++)
            {
                var id = indicator.Contributors[k];
                var at = new ProblemLocation(ModelElement.Indicator, indicator.NodeId, i, $"contributors[{k}]");
                if (!index.IndicatorIndex.TryGetValue(id, out var c))
                {
                    problems.Add(new(ProblemCodes.DanglingReference, at,
                        $"Indicator '{indicator.NodeId}' names '{id}' as a contributor, which has no indicator definition."));
                }
                else if (indicator.Contributors.Take(k).Contains(id))
                {
                    problems.Add(new(ProblemCodes.DuplicateEntry, at,
                        $"Indicator '{indicator.NodeId}' names the contributor '{id}' twice; its outcomes would count twice."));
                }
                else if (index.Indicators[c].Unit != indicator.Unit || indicator.Unit is MeasureUnit.Percent or MeasureUnit.Index)
                {
                    problems.Add(new(ProblemCodes.UnitMismatch, at,
                        indicator.Unit is MeasureUnit.Percent or MeasureUnit.Index
                            ? $"Indicator '{indicator.NodeId}' measures {indicator.Unit}, which is not a sum of parts, so '{id}' cannot contribute to it; use a ratio, a count or an amount."
                            : $"Indicator '{indicator.NodeId}' measures {indicator.Unit}, but its contributor '{id}' measures {index.Indicators[c].Unit}."));
                }
            }
        }

        CheckCycles(index, problems);
    }

    /// <summary>A depth-first walk over contributions; an indicator met again while its own walk is open closes a cycle.</summary>
    private static void CheckCycles(ModelIndex index, List<ValidationProblem> problems)
    {
        var state = new byte[index.Indicators.Length]; // 0 not visited, 1 open, 2 done
        var reported = new HashSet<int>();
        for (var start = 0; start < state.Length; start++)
        {
            if (state[start] != 0)
            {
                continue;
            }

            var stack = new Stack<(int Indicator, int Next)>();
            stack.Push((start, 0));
            state[start] = 1;
            while (stack.Count > 0)
            {
                var (i, next) = stack.Pop();
                var contributors = index.Indicators[i].Contributors;
                if (next >= contributors.Count)
                {
                    state[i] = 2;
                    continue;
                }

                stack.Push((i, next + 1));
                if (!index.IndicatorIndex.TryGetValue(contributors[next], out var c))
                {
                    continue;
                }

                if (state[c] == 1 && reported.Add(i))
                {
                    var indicator = index.Indicators[i];
                    problems.Add(new(ProblemCodes.ContributionCycle, new ProblemLocation(ModelElement.Indicator, indicator.NodeId, i, $"contributors[{next}]"),
                        $"Indicator '{indicator.NodeId}' names '{contributors[next]}' as a contributor, but '{contributors[next]}' already adds up into '{indicator.NodeId}': the contributions go round in a circle."));
                }
                else if (state[c] == 0)
                {
                    state[c] = 1;
                    stack.Push((c, 0));
                }
            }
        }
    }
}
