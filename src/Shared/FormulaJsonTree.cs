using System.Text.Json;
using Styrmodell.Targets;

// Each assembly gets its own type (in its own namespace), so neither depends on the other.
#if STYRMODELL_JSON
namespace Styrmodell.Json;
#else
namespace Styrmodell.Reporting;
#endif

/// <summary>
/// Writes a formula as the JSON tree of the document format (docs/format.md, "Derived indicators"). One source file,
/// compiled into both Styrmodell.Json (documents) and Styrmodell.Reporting (evaluation output), which may not use each
/// other, so that the two trees cannot drift apart.
/// </summary>
internal static class FormulaJsonTree
{
    /// <summary>A formula as one object per part, named by its one property (<c>sum</c>, <c>input</c>, <c>if</c>, …).</summary>
    public static void Write(Utf8JsonWriter json, Formula formula)
    {
        json.WriteStartObject();
        switch (formula)
        {
            case Formula.Constant c:
                json.WriteNumber("constant", c.Value);
                break;
            case Formula.Input i:
                json.WriteString("input", i.IndicatorId);
                if (i.IsOptional)
                {
                    json.WriteBoolean("optional", true);
                }

                break;
            case Formula.Sum s:
                Operands(json, "sum", s.Terms);
                break;
            case Formula.Product p:
                Operands(json, "product", p.Factors);
                break;
            case Formula.Minimum m:
                Operands(json, "min", m.Terms);
                break;
            case Formula.Maximum m:
                Operands(json, "max", m.Terms);
                break;
            case Formula.Difference d:
                Operands(json, "difference", [d.Minuend, d.Subtrahend]);
                break;
            case Formula.Quotient q:
                Operands(json, "quotient", [q.Numerator, q.Denominator]);
                break;
            case Formula.Choice c:
                json.WritePropertyName("if");
                Condition(json, c.When);
                json.WritePropertyName("then");
                Write(json, c.Then);
                if (c.Otherwise is { } otherwise)
                {
                    json.WritePropertyName("else");
                    Write(json, otherwise);
                }

                break;
        }

        json.WriteEndObject();
    }

    private static void Operands(Utf8JsonWriter json, string name, IEnumerable<Formula> operands) => Array(json, name, operands, Write);

    private static void Condition(Utf8JsonWriter json, FormulaCondition condition)
    {
        json.WriteStartObject();
        switch (condition)
        {
            case FormulaCondition.Comparison c:
                Operands(json, c.Operator switch
                {
                    ComparisonOperator.LessThan => "lessThan",
                    ComparisonOperator.AtMost => "atMost",
                    ComparisonOperator.GreaterThan => "greaterThan",
                    ComparisonOperator.AtLeast => "atLeast",
                    _ => "equalTo",
                }, [c.Left, c.Right]);
                break;
            case FormulaCondition.All a:
                Conditions(json, "all", a.Conditions);
                break;
            case FormulaCondition.Any a:
                Conditions(json, "any", a.Conditions);
                break;
        }

        json.WriteEndObject();
    }

    private static void Conditions(Utf8JsonWriter json, string name, IEnumerable<FormulaCondition> conditions) => Array(json, name, conditions, Condition);

    /// <summary>A named array of formula parts or conditions, each written by its own writer.</summary>
    private static void Array<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            write(json, item);
        }

        json.WriteEndArray();
    }
}
