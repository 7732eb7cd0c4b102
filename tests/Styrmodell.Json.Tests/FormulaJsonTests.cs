using System.Text;
using System.Text.Json.Nodes;
using Json.Schema;
using Styrmodell.Targets;
using Styrmodell.Validation;

namespace Styrmodell.Json.Tests;

/// <summary>A derived indicator's <c>formula</c> (format 1.4): a JSON tree read, written back, checked by the schema, bad parts located.</summary>
public class FormulaJsonTests
{
    private static string Document(string formula, string version = "1.4") => $$"""
        {
          "formatVersion": "{{version}}",
          "municipality": { "name": "Strängnäs kommun", "code": "0486" },
          "units": [{ "id": "kf", "name": "Kommunfullmäktige", "kind": "KF" }],
          "levels": [{ "id": "mal", "name": "Mål", "role": "goal" }, { "id": "ind", "name": "Indikator", "role": "indicator", "parentLevelIds": ["mal"] }],
          "nodes": [{ "id": "m", "level": "mal", "title": "Mål", "owner": "kf" }, { "id": "e", "level": "ind", "title": "E", "parent": "m" },
                    { "id": "f", "level": "ind", "title": "F", "parent": "m" }, { "id": "d", "level": "ind", "title": "D", "parent": "m" }],
          "indicators": [{ "node": "e", "unit": "count" }, { "node": "f", "unit": "count" }, { "node": "d", "unit": "count", "direction": "higherIsBetter", "formula": {{formula}} }]
        }
        """;

    private static bool SchemaAccepts(string json) => JsonSchema.FromText(ModelJson.Schema).Evaluate(JsonNode.Parse(json)).IsValid;

    private const string Banded = """
        { "if": { "lessThan": [{ "input": "e" }, { "constant": 2 }] }, "then": { "constant": 0 },
          "else": { "quotient": [{ "product": [{ "difference": [{ "input": "e" }, { "constant": 2 }] },
                                              { "if": { "any": [{ "equalTo": [{ "input": "f", "optional": true }, { "constant": 1 }] }, { "atLeast": [{ "input": "f" }, { "constant": 5 }] }] },
                                                "then": { "constant": 0.2 }, "else": { "constant": 0.1 } }] },
                                 { "sum": [{ "constant": -3 }, { "min": [{ "input": "f" }, { "constant": 1 }] }, { "max": [{ "input": "e" }, { "constant": 0 }] }] }] } }
        """;

    [Fact]
    public void AFormulaAsDeepAsTheModelAllows_ReadsAndWritesBack_EvenThroughConditions()
    {
        // 32 levels (FormulaValidator's limit), each a choice whose condition holds the next level inside 'all' and a
        // comparison: five JSON levels per formula level, the deepest nesting the format's formula can have.
        var formula = "{ \"input\": \"e\" }";
        for (var level = 1; level < 32; level++)
        {
            formula = "{ \"if\": { \"all\": [{ \"lessThan\": [" + formula + ", { \"constant\": 1 }] }] }, \"then\": { \"input\": \"f\" } }";
        }

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(Document(formula)));

        Assert.True(read.Succeeded, string.Join("; ", read.Problems));
        Assert.Equal(read.Model, ModelJson.Read(ModelJson.ToUtf8Bytes(read.Model!)).Model);
    }

    [Fact]
    public void Read_AFormula_GivesTheTree_AndWritesBackAs14()
    {
        var json = Document(Banded);

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.True(read.Succeeded, string.Join("; ", read.Problems));
        var e = new Formula.Input("e");
        var weight = new Formula.Choice(
            new FormulaCondition.Any(
                new FormulaCondition.Comparison(new Formula.Input("f", isOptional: true), ComparisonOperator.EqualTo, new Formula.Constant(1m)),
                new FormulaCondition.Comparison(new Formula.Input("f"), ComparisonOperator.AtLeast, new Formula.Constant(5m))),
            new Formula.Constant(0.2m), new Formula.Constant(0.1m));
        var expected = new Formula.Choice(new FormulaCondition.Comparison(e, ComparisonOperator.LessThan, new Formula.Constant(2m)), new Formula.Constant(0m),
            new Formula.Quotient(new Formula.Product(new Formula.Difference(e, new Formula.Constant(2m)), weight),
                new Formula.Sum(new Formula.Constant(-3m), new Formula.Minimum(new Formula.Input("f"), new Formula.Constant(1m)), new Formula.Maximum(e, new Formula.Constant(0m)))));
        Assert.Equal(expected, read.Model!.FindIndicator("d")!.Formula);
        var written = ModelJson.ToUtf8Bytes(read.Model);
        Assert.Equal("1.4", (string?)JsonNode.Parse(written)!["formatVersion"]);
        Assert.Equal(read.Model, ModelJson.Read(written).Model);
        Assert.True(SchemaAccepts(json));
        Assert.True(SchemaAccepts(Encoding.UTF8.GetString(written)));
    }

    [Fact]
    public void Write_AnOptionalInput_CarriesOptional_ARequiredOneDoesNot()
    {
        var read = ModelJson.Read(Encoding.UTF8.GetBytes(Document("""{ "sum": [{ "input": "e" }, { "input": "f", "optional": true }] }""")));

        var formula = JsonNode.Parse(ModelJson.ToUtf8Bytes(read.Model!))!["indicators"]![2]!["formula"]!;

        Assert.Equal("""{"sum":[{"input":"e"},{"input":"f","optional":true}]}""", formula.ToJsonString());
    }

    [Fact]
    public void Read_BadParts_EveryProblemWithItsPath()
    {
        var json = Document("""
            { "sum": [{ "input": "" }, { "constant": "2" }, { "quotient": [{ "input": "e" }] }, { "add": [] }, { "input": "e", "weight": 2 },
                      { "if": { "lessThan": [{ "input": "e" }, { "constant": 1 }], "all": [] } }] }
            """);

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Null(read.Model);
        Assert.Equal(
            ["$.indicators[2].formula.sum[0].input", "$.indicators[2].formula.sum[1].constant", "$.indicators[2].formula.sum[2].quotient",
             "$.indicators[2].formula.sum[3]", "$.indicators[2].formula.sum[4].weight", "$.indicators[2].formula.sum[5].if", "$.indicators[2].formula.sum[5].then"],
            read.Problems.Select(p => p.Path));
        Assert.False(SchemaAccepts(json));
    }

    [Fact]
    public void Read_ModelProblems_AreMappedIntoTheFormula()
    {
        var json = Document("""{ "sum": [{ "input": "nowhere" }, { "quotient": [{ "input": "e" }, { "constant": 0 }] }] }""");

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Equal(
            [("$.indicators[2].formula.sum[0].input", ProblemCodes.DanglingReference), ("$.indicators[2].formula.sum[1].quotient[1]", ProblemCodes.DivisionByZero)],
            read.Problems.Select(p => (p.Path, p.Code)));
    }
}
