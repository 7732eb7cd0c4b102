using Styrmodell.Targets;

namespace Styrmodell.Evaluation;

/// <summary>
/// Computes a formula from its inputs' values, in decimals. Sums, products, minima and maxima combine their operands'
/// values in ascending order, so that the result never depends on the order the terms were written in.
/// </summary>
internal static class FormulaArithmetic
{
    /// <summary>The formula's value, with <paramref name="values"/> holding every input that has one (others count as 0).</summary>
    public static (decimal? Value, FormulaFinding Finding) Compute(Formula formula, IReadOnlyDictionary<string, decimal> values)
    {
        var finding = FormulaFinding.Computed;
        try
        {
            var value = Value(formula, values, ref finding);
            return (finding == FormulaFinding.Computed ? value : null, finding);
        }
        catch (OverflowException)
        {
            return (null, FormulaFinding.Overflow);
        }
    }

    private static decimal Value(Formula formula, IReadOnlyDictionary<string, decimal> values, ref FormulaFinding finding)
    {
        if (finding != FormulaFinding.Computed)
        {
            return 0m; // already without a value; the rest does not matter
        }

        switch (formula)
        {
            case Formula.Constant c:
                return c.Value;
            case Formula.Input input:
                // Only optional inputs can be missing here: a missing required one stops the computation before it starts.
                return values.TryGetValue(input.IndicatorId, out var v) ? v : 0m;
            case Formula.Sum s:
                return Combine(s.Terms, values, ref finding, static (a, b) => a + b);
            case Formula.Product p:
                return Combine(p.Factors, values, ref finding, static (a, b) => a * b);
            case Formula.Minimum m:
                return Combine(m.Terms, values, ref finding, Math.Min);
            case Formula.Maximum m:
                return Combine(m.Terms, values, ref finding, Math.Max);
            case Formula.Difference d:
                return Value(d.Minuend, values, ref finding) - Value(d.Subtrahend, values, ref finding);
            case Formula.Quotient q:
                var numerator = Value(q.Numerator, values, ref finding);
                var denominator = Value(q.Denominator, values, ref finding);
                if (denominator == 0m)
                {
                    finding = finding == FormulaFinding.Computed ? FormulaFinding.DivisionByZero : finding;
                    return 0m;
                }

                return numerator / denominator;
            case Formula.Choice choice:
                if (Holds(choice.When, values, ref finding))
                {
                    return Value(choice.Then, values, ref finding);
                }

                if (choice.Otherwise is null)
                {
                    finding = finding == FormulaFinding.Computed ? FormulaFinding.NoBranch : finding;
                    return 0m;
                }

                return Value(choice.Otherwise, values, ref finding);
            default:
                throw new NotSupportedException($"Formula part {formula.GetType().Name} is not known to the evaluation.");
        }
    }

    private static decimal Combine(Collections.EquatableArray<Formula> operands, IReadOnlyDictionary<string, decimal> values, ref FormulaFinding finding, Func<decimal, decimal, decimal> combine)
    {
        var computed = new decimal[operands.Count];
        for (var k = 0; k < computed.Length; k++)
        {
            computed[k] = Value(operands[k], values, ref finding);
        }

        Array.Sort(computed);
        var result = computed[0];
        for (var k = 1; k < computed.Length; k++)
        {
            result = combine(result, computed[k]);
        }

        return result;
    }

    private static bool Holds(FormulaCondition condition, IReadOnlyDictionary<string, decimal> values, ref FormulaFinding finding)
    {
        switch (condition)
        {
            case FormulaCondition.Comparison c:
                var (left, right) = (Value(c.Left, values, ref finding), Value(c.Right, values, ref finding));
                return c.Operator switch
                {
                    ComparisonOperator.LessThan => left < right,
                    ComparisonOperator.AtMost => left <= right,
                    ComparisonOperator.GreaterThan => left > right,
                    ComparisonOperator.AtLeast => left >= right,
                    _ => left == right,
                };
            case FormulaCondition.All all:
                var every = true;
                foreach (var part in all.Conditions)
                {
                    every &= Holds(part, values, ref finding);
                }

                return every;
            case FormulaCondition.Any any:
                var some = false;
                foreach (var part in any.Conditions)
                {
                    some |= Holds(part, values, ref finding);
                }

                return some;
            default:
                throw new NotSupportedException($"Condition {condition.GetType().Name} is not known to the evaluation.");
        }
    }
}
