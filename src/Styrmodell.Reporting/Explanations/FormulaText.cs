using Styrmodell.Evaluation;
using Styrmodell.Targets;
using Formula = Styrmodell.Targets.Formula;

namespace Styrmodell.Reporting;

/// <summary>
/// A derived indicator's formula and its computation in words, e.g. <c>beräknat 1 + b ÷ a för 2024: a = 100, b = 20 → 1,2</c>:
/// operators as signs (+ − × ÷), parentheses only where the order of operations needs them.
/// </summary>
internal static class FormulaText
{
    /// <summary>The formula step as one part of an explanation line.</summary>
    public static string Step(FormulaStep s, Words words, Rounding rounding)
    {
        var n = words.Numbers;
        var period = s.Period.Id;
        var inputs = string.Join(", ", s.Inputs.AsSpan().ToArray().Select(i => Input(i, words)));
        var computed = words.T($"beräknat {Rendered(s.Formula, words)} för {period}", $"computed as {Rendered(s.Formula, words)} for {period}")
            + (inputs.Length > 0 ? ": " + inputs : "");
        var missing = string.Join(", ", s.MissingRequired);
        return computed + s.Finding switch
        {
            FormulaFinding.Computed => " → " + (s.Value is { } v ? n.Rounded(v, rounding) : "–"),
            FormulaFinding.RequiredInputMissing => words.T($"; värde saknas: {missing} krävs", $"; no value: {missing} required"),
            FormulaFinding.NoInputValue => words.T("; värde saknas: ingen indata har ett värde", "; no value: no input has a value"),
            FormulaFinding.DivisionByZero => words.T("; värde saknas: formeln delar med 0", "; no value: the formula divides by 0"),
            FormulaFinding.NoBranch => words.T("; värde saknas: villkoret gäller inte, och inget annat värde anges", "; no value: the condition does not hold, and no other value is given"),
            _ => words.T("; värde saknas: talet blir för stort", "; no value: the number grows too large"),
        };
    }

    private static string Input(FormulaInputValue input, Words words) => input.Value is { } v
        ? $"{input.IndicatorId} = {words.Numbers.Exact(v)}" + (input.IsForecast ? words.T(" (prognos)", " (forecast)") : "")
        : input.IsOptional ? words.T($"{input.IndicatorId} saknas, valfri och räknad som 0", $"{input.IndicatorId} missing, optional, counted as 0")
        : words.T($"{input.IndicatorId} saknas", $"{input.IndicatorId} missing");

    /// <summary>The formula in words and signs.</summary>
    public static string Rendered(Formula formula, Words words) => Text(formula, words);

    // Binding strength: sums and differences 1, products and quotients 2, everything else 3.
    private static int Strength(Formula formula) => formula switch
    {
        Formula.Sum or Formula.Difference => 1,
        Formula.Product or Formula.Quotient => 2,
        _ => 3,
    };

    private static string Operand(Formula formula, int atLeast, Words words) =>
        Strength(formula) < atLeast ? "(" + Text(formula, words) + ")" : Text(formula, words);

    private static string Text(Formula formula, Words words)
    {
        var list = words.T("; ", ", "); // a Swedish decimal comma must not read as a separator
        return formula switch
        {
            Formula.Constant c => words.Numbers.Exact(c.Value),
            Formula.Input i => i.IndicatorId,
            Formula.Sum s => string.Join(" + ", s.Terms.AsSpan().ToArray().Select(t => Operand(t, 1, words))),
            Formula.Product p => string.Join(" × ", p.Factors.AsSpan().ToArray().Select(f => Operand(f, 2, words))),
            Formula.Difference d => Operand(d.Minuend, 1, words) + " − " + Operand(d.Subtrahend, 2, words),
            Formula.Quotient q => Operand(q.Numerator, 2, words) + " ÷ " + Operand(q.Denominator, 3, words),
            Formula.Minimum m => "min(" + string.Join(list, m.Terms.AsSpan().ToArray().Select(t => Text(t, words))) + ")",
            Formula.Maximum m => "max(" + string.Join(list, m.Terms.AsSpan().ToArray().Select(t => Text(t, words))) + ")",
            Formula.Choice c => words.T($"(om {Condition(c.When, words)} så {Text(c.Then, words)}, annars ", $"(if {Condition(c.When, words)} then {Text(c.Then, words)}, else ")
                + (c.Otherwise is { } otherwise ? Text(otherwise, words) : words.T("inget värde", "no value")) + ")",
            _ => "?",
        };
    }

    private static string Condition(FormulaCondition condition, Words words) => condition switch
    {
        FormulaCondition.Comparison c => $"{Text(c.Left, words)} {Sign(c.Operator)} {Text(c.Right, words)}",
        FormulaCondition.All a => "(" + string.Join(words.T(" och ", " and "), a.Conditions.AsSpan().ToArray().Select(x => Condition(x, words))) + ")",
        FormulaCondition.Any a => "(" + string.Join(words.T(" eller ", " or "), a.Conditions.AsSpan().ToArray().Select(x => Condition(x, words))) + ")",
        _ => "?",
    };

    private static string Sign(ComparisonOperator op) => op switch
    {
        ComparisonOperator.LessThan => "<",
        ComparisonOperator.AtMost => "≤",
        ComparisonOperator.GreaterThan => ">",
        ComparisonOperator.AtLeast => "≥",
        _ => "=",
    };
}
