using System.Text;
using Styrmodell.Validation;

namespace Styrmodell.Json.Tests;

/// <summary>
/// A broken element (a wrong type, or a bad value) is reported and left out; the rest of the document is still built
/// and checked, so one run shows every problem, without the findings that would only say the element is missing
/// (docs/format.md, "Errors").
/// </summary>
public class ResumedReadingTests
{
    private const string Head = "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"Testby kommun\",\"code\":\"0001\"},"
        + "\"levels\":[{\"id\":\"v\",\"name\":\"Vision\",\"role\":\"vision\"},{\"id\":\"m\",\"name\":\"Mål\",\"role\":\"goal\",\"parentLevelIds\":[\"v\"]}],";

    private static IEnumerable<(string Path, string Code)> Problems(string json) =>
        ModelJson.Read(Encoding.UTF8.GetBytes(json)).Problems.Select(p => (p.Path, p.Code));

    [Fact]
    public void ATypeErrorAndADanglingReferenceElsewhere_AreBothReported_InOneRun()
    {
        // nodes[1].weight is a string (a shape error); nodes[2] names a parent that does not exist (a model problem).
        var json = Head + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\"},{\"id\":\"a\",\"level\":\"m\",\"title\":\"A\",\"parent\":\"v\",\"weight\":\"40\"},"
            + "{\"id\":\"b\",\"level\":\"m\",\"title\":\"B\",\"parent\":\"x\"}]}";

        var result = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Null(result.Model);
        Assert.Equal(
            [
                ("$.nodes[1].weight", JsonProblemCodes.InvalidJson, "Expected a number or null, found the string \"40\"."),
                ("$.nodes[2].parent", ProblemCodes.DanglingReference, "Node 'b' names parent 'x', which does not exist."),
            ],
            result.Problems.Select(p => (p.Path, p.Code, p.Message)));
    }

    [Fact]
    public void ReferencesToALeftOutNode_AreNotReported_ButItsNeighboursOwnProblemsAre()
    {
        // v is left out (its title is a number): a's parent 'v' and c's contribution to 'v' would only echo that.
        // c's own parent 'x' does not exist, whatever v is.
        var json = Head + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":7},{\"id\":\"a\",\"level\":\"m\",\"title\":\"A\",\"parent\":\"v\"},"
            + "{\"id\":\"c\",\"level\":\"m\",\"title\":\"C\",\"parent\":\"x\",\"contributions\":[{\"target\":\"v\"}]}]}";

        Assert.Equal(
            [("$.nodes[0].title", JsonProblemCodes.InvalidJson), ("$.nodes[2].parent", ProblemCodes.DanglingReference)],
            Problems(json));
    }

    [Fact]
    public void ABadValueInAnArray_LeavesTheElementOut_AndTheRestIsChecked_AtTheDocumentsPositions()
    {
        // outcomes[0]'s period is not a period id: left out. outcomes[2] is the model's second outcome, but its
        // problem is reported at its own index in the document.
        var json = Head + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\",\"owner\":\"nobody\"}],"
            + "\"outcomes\":[{\"indicator\":\"i\",\"period\":\"2024-T9\",\"value\":1},{\"indicator\":\"i\",\"period\":\"2024\",\"value\":1},{\"indicator\":\"nope\",\"period\":\"2024\",\"value\":1}]}";

        Assert.Equal(
            [
                ("$.outcomes[0].period", JsonProblemCodes.InvalidValue),
                ("$.nodes[0].owner", ProblemCodes.DanglingReference),
                ("$.outcomes[1].indicator", ProblemCodes.DanglingReference),
                ("$.outcomes[2].indicator", ProblemCodes.DanglingReference),
            ],
            Problems(json));
    }

    [Fact]
    public void TypeErrorsAndBadValues_InSeveralArrays_AreMappedBackEachToItsOwnIndex()
    {
        // Two broken nodes (a type error at 0, a bad tag at 2) and one broken outcome: the remaining node at 3 has an
        // unknown level; the outcome at 1 names an indicator without a definition.
        var json = Head + "\"nodes\":[{\"id\":\"p\",\"level\":\"v\",\"title\":\"P\",\"weight\":true},{\"id\":\"q\",\"level\":\"v\",\"title\":\"Q\"},"
            + "{\"id\":\"r\",\"level\":\"v\",\"title\":\"R\",\"tags\":[{\"scheme\":\" \",\"value\":\"3\"}]},{\"id\":\"s\",\"level\":\"nowhere\",\"title\":\"S\"}],"
            + "\"outcomes\":[{\"indicator\":\"i\",\"period\":\"2024\",\"value\":\"8,2\"},{\"indicator\":\"i\",\"period\":\"2024\",\"value\":1}]}";

        Assert.Equal(
            [
                ("$.nodes[0].weight", JsonProblemCodes.InvalidJson),
                ("$.outcomes[0].value", JsonProblemCodes.InvalidJson),
                ("$.nodes[2].tags[0]", JsonProblemCodes.InvalidValue),
                ("$.nodes[3].level", ProblemCodes.UnknownLevel),
                ("$.outcomes[1].indicator", ProblemCodes.DanglingReference),
            ],
            Problems(json));
    }

    [Fact]
    public void AWrongTypeOutsideTheModelsArrays_StillStopsAtTheShapeStage()
    {
        // A municipality code written as a number: the document's header is misread, so nothing after it is checked.
        var json = "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"Testby kommun\",\"code\":486},"
            + "\"nodes\":[{\"id\":\"b\",\"level\":\"m\",\"title\":\"B\",\"parent\":\"x\"}]}";

        Assert.Equal([("$.municipality.code", JsonProblemCodes.InvalidJson)], Problems(json));
    }
}
