using System.Globalization;
using Styrmodell.Targets;
using Styrmodell.Validation;

namespace Styrmodell.Model;

/// <summary>
/// Checks derived indicators' formulas: every input names an indicator, no division by the constant 0, bounded depth
/// and size, and no circle of derived indicators reading each other (the circle is named).
/// </summary>
internal static class FormulaValidator
{
    /// <summary>The deepest nesting of a formula, and the longest chain of derived indicators reading each other.</summary>
    public const int MaxDepth = 32;

    /// <summary>The most parts (constants, inputs, operations) one formula may have.</summary>
    public const int MaxParts = 1000;

    public static void Check(ModelIndex index, List<ValidationProblem> problems)
    {
        var reads = new List<int>[index.Indicators.Length];
        var any = false;
        for (var i = 0; i < index.Indicators.Length; i++)
        {
            if (index.Indicators[i] is { Formula: { } formula } indicator)
            {
                any = true;
                reads[i] = CheckOne(index, indicator, formula, new ProblemLocation(ModelElement.Indicator, indicator.NodeId, i), problems);
            }
        }

        if (any)
        {
            CheckChains(index, reads, problems);
        }
    }

    /// <summary>Checks one formula; returns the positions of the derived indicators it reads.</summary>
    private static List<int> CheckOne(ModelIndex index, Indicator indicator, Formula formula, ProblemLocation at, List<ValidationProblem> problems)
    {
        var id = indicator.NodeId;
        if (indicator.Unit == MeasureUnit.Ratio)
        {
            problems.Add(new(ProblemCodes.UnitMismatch, at with { Member = "formula" },
                $"Indicator '{id}' is a ratio, whose outcomes have a numerator and a denominator, but a formula gives one value; give it another unit (e.g. percent) and divide in the formula."));
        }

        var derived = new List<int>();
        var (parts, inputs) = (0, 0);
        var pending = new Stack<(string Member, Formula Part, int Depth)>();
        pending.Push(("formula", formula, 1));
        while (pending.TryPop(out var item))
        {
            if (++parts > MaxParts)
            {
                problems.Add(new(ProblemCodes.FormulaTooLarge, at with { Member = "formula" },
                    $"Indicator '{id}''s formula has more than {MaxParts.ToString(CultureInfo.InvariantCulture)} parts."));
                return derived;
            }

            if (item.Depth > MaxDepth)
            {
                problems.Add(new(ProblemCodes.FormulaTooDeep, at with { Member = item.Member },
                    $"Indicator '{id}''s formula is nested more than {MaxDepth.ToString(CultureInfo.InvariantCulture)} levels deep."));
                return derived;
            }

            switch (item.Part)
            {
                case Formula.Input input:
                    inputs++;
                    if (!index.IndicatorIndex.TryGetValue(input.IndicatorId, out var j))
                    {
                        problems.Add(new(ProblemCodes.DanglingReference, at with { Member = item.Member + ".input" },
                            $"Indicator '{id}''s formula reads '{input.IndicatorId}', which has no indicator definition."));
                    }
                    else if (index.Indicators[j].Formula is not null && !derived.Contains(j))
                    {
                        derived.Add(j);
                    }

                    break;
                case Formula.Quotient { Denominator: Formula.Constant { Value: 0m } }:
                    problems.Add(new(ProblemCodes.DivisionByZero, at with { Member = item.Member + ".quotient[1]" },
                        $"Indicator '{id}''s formula divides by the constant 0."));
                    break;
            }

            foreach (var (member, part) in item.Part.Parts.Reverse())
            {
                pending.Push((item.Member + "." + member, part, item.Depth + 1));
            }
        }

        if (inputs == 0)
        {
            problems.Add(new(ProblemCodes.FormulaWithoutInput, at with { Member = "formula" },
                $"Indicator '{id}''s formula reads no indicator, so it never has a value; give the constant as an outcome instead."));
        }

        return derived;
    }

    /// <summary>Finds every circle of derived indicators reading each other, and chains longer than <see cref="MaxDepth"/>.</summary>
    private static void CheckChains(ModelIndex index, List<int>[] reads, List<ValidationProblem> problems)
    {
        // Depth-first, without recursion: 0 unseen, 1 on the path, 2 done; chain[i] is the longest chain from i.
        var state = new byte[reads.Length];
        var chain = new int[reads.Length];
        for (var root = 0; root < reads.Length; root++)
        {
            if (reads[root] is null || state[root] != 0)
            {
                continue;
            }

            var path = new List<(int Node, int Next)> { (root, 0) };
            state[root] = 1;
            while (path.Count > 0)
            {
                var (node, next) = path[^1];
                if (next < reads[node].Count)
                {
                    path[^1] = (node, next + 1);
                    var read = reads[node][next];
                    if (state[read] == 1)
                    {
                        var from = path.FindIndex(p => p.Node == read);
                        var circle = string.Join(" → ", path.Skip(from).Select(p => $"'{index.Indicators[p.Node].NodeId}'")) + $" → '{index.Indicators[read].NodeId}'";
                        problems.Add(new(ProblemCodes.FormulaCycle, new ProblemLocation(ModelElement.Indicator, index.Indicators[read].NodeId, read, "formula"),
                            $"Derived indicators read each other in a circle: {circle}."));
                    }
                    else if (state[read] == 0)
                    {
                        state[read] = 1;
                        path.Add((read, 0));
                    }

                    continue;
                }

                state[node] = 2;
                path.RemoveAt(path.Count - 1);
                foreach (var read in reads[node])
                {
                    chain[node] = Math.Max(chain[node], chain[read] + 1);
                }

                if (chain[node] == MaxDepth + 1)
                {
                    problems.Add(new(ProblemCodes.FormulaTooDeep, new ProblemLocation(ModelElement.Indicator, index.Indicators[node].NodeId, node, "formula"),
                        $"Indicator '{index.Indicators[node].NodeId}' is derived from a chain of more than {MaxDepth.ToString(CultureInfo.InvariantCulture)} derived indicators."));
                }
            }
        }
    }
}
