using System.Text;

namespace Styrmodell.Json.Tests;

/// <summary>Malformed documents, each with the JSON path and message fragment the reader must give.</summary>
public class MalformedDocumentTests
{
    private const string Head = "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"Testby kommun\",\"code\":\"0001\"},";
    private const string Levels = "\"levels\":[{\"id\":\"v\",\"name\":\"Vision\",\"role\":\"vision\"},{\"id\":\"m\",\"name\":\"Mål\",\"role\":\"goal\",\"parentLevelIds\":[\"v\"]}],";

    public static TheoryData<string, string, string> Cases => new()
    {
        // Syntax and shape: the first error, with its path.
        { "", "$", "The document is empty; expected a JSON object" },
        { "   ", "$", "The document is empty; expected a JSON object" },
        { "[]", "$", "Expected a JSON object (a document starts with '{'), found an array" },
        { "null", "$", "null" },
        { Head + "\"nodes\":[]}garbage", "$", "More content follows the end of the document: \"garbage\"; expected nothing after the closing bracket" },
        { Head + "\"nodes\":[}", "$.nodes[0]", "invalid start of a value" },
        { "{\"formatVersion\":\"1.0\"}", "$", "The required property 'municipality' is missing." },
        { Head + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\"}]}", "$.nodes[0]", "The required property 'title' is missing." },
        { Head + "\"nodes\":[],\"extra\":1}", "$.extra", "'extra' is not a property of this object in format 1.x." },
        { Head + "\"nodes\":[],\"nodes\":[]}", "$.nodes", "Duplicate property 'nodes'" },
        { Head + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\",\"weight\":NaN}]}", "$.nodes[0].weight", "invalid start of a value" },
        { Head + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\",\"weight\":\"1\"}]}", "$.nodes[0].weight", "Expected a number or null, found the string \"1\"." },
        { Head + "\"nodes\":[{\"id\":1,\"level\":\"v\",\"title\":\"V\"}]}", "$.nodes[0].id", "Expected a string, found the number 1." },
        { Head + "\"outcomes\":[{\"indicator\":\"i\",\"period\":\"2024\",\"value\":1e400}]}", "$.outcomes[0].value", "Expected a number from -7.9e28 to 7.9e28, found the number 1e400." },
        { Head + "\"units\":[{\"id\":\"kf\",\"name\":\"KF\",\"kind\":\"KF\",\"parent\":null,\"parent\":\"x\"}]}", "$.units[0].parent", "Duplicate property 'parent'" },
        { "{\"formatVersion\":\"1.0\" // comment\n}", "$", "'/' is invalid after a value" },
        { "{\"formatVersion\":\"1.0\",}", "$", "trailing comma" },
        // Values: every problem at once, each at its path.
        { "{\"formatVersion\":\"2.0\",\"municipality\":{\"name\":\"T\",\"code\":\"0001\"}}", "$.formatVersion", "reads format 1.x; the document is '2.0'" },
        { "{\"formatVersion\":\"1\",\"municipality\":{\"name\":\"T\",\"code\":\"0001\"}}", "$.formatVersion", "1.x" },
        { "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"T\",\"code\":\"123\"}}", "$.municipality", "four digits" },
        { Head + "\"levels\":[{\"id\":\"v\",\"name\":\"Vision\",\"role\":\"visionär\"}]}", "$.levels[0].role", "'visionär' is not one of: vision, targetArea, goal" },
        { Head + Levels + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\"},{\"id\":\"g\",\"level\":\"m\",\"title\":\"G\",\"parent\":\"x\"}]}", "$.nodes[1].parent", "names parent 'x', which does not exist" },
        { Head + Levels + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\"},{\"id\":\"v\",\"level\":\"v\",\"title\":\"W\"}]}", "$.nodes[1]", "id 'v' is used again" },
        { Head + Levels + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\",\"parent\":\"v\"}]}", "$.nodes[0].parent", "top level" },
        { Head + Levels + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\",\"weight\":-1}]}", "$.nodes[0].weight", "finite and not negative" },
        { Head + Levels + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\"},{\"id\":\"g\",\"level\":\"m\",\"title\":\"G\",\"parent\":\"v\",\"contributions\":[{\"target\":\"q\"}]}]}", "$.nodes[1].contributions[0].target", "'q'" },
        { Head + "\"rules\":[{\"id\":\"r\",\"type\":\"magic\"}]}", "$.rules[0].type", "not a rule type" },
        { Head + "\"outcomes\":[{\"indicator\":\"i\",\"period\":\"2024-T4\",\"value\":1}]}", "$.outcomes[0].period", "a tertial is T1, T2 or T3" },
        { Head + "\"outcomes\":[{\"indicator\":\"i\",\"period\":\"2024\",\"numerator\":1}]}", "$.outcomes[0]", "needs both numerator and denominator" },
        { Head + "\"outcomes\":[{\"indicator\":\"i\",\"period\":\"2024\",\"value\":1}]}", "$.outcomes[0].indicator", "no indicator definition" },
        { Head + "\"assessments\":[{\"node\":\"v\",\"period\":\"2024\",\"category\":\"uppfyllt\",\"motivation\":\"M\",\"author\":\"A\",\"date\":\"2024-13-01\"}]}", "$.assessments[0].date", "not an ISO date" },
        { Head + Levels + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\"}],\"assessments\":[{\"node\":\"v\",\"period\":\"2024\",\"category\":\"uppfyllt\",\"motivation\":\" \",\"author\":\"A\",\"date\":\"2025-01-01\"}]}", "$.assessments[0].motivation", "no motivation" },
        // The nodes array is read by hand (its bulk makes it the hot path): the same kinds of error, at the element's own path.
        { Head + "\"nodes\":{}}", "$.nodes", "Expected an array or null, found an object." },
        { Head + "\"nodes\":[1]}", "$.nodes[0]", "Expected an object, found the number 1." },
        { Head + "\"nodes\":[{\"id\":\"v\",\"id\":\"w\",\"level\":\"v\",\"title\":\"V\"}]}", "$.nodes[0].id", "Duplicate property 'id'" },
        { Head + "\"nodes\":[{\"id\":null,\"level\":\"v\",\"title\":\"V\"}]}", "$.nodes[0].id", "Expected a string, found null." },
        { Head + Levels + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\",\"foo\":null}]}", "$.nodes[0].foo", "'foo' is not a property" },
        { Head + Levels + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\",\"foo\":{\"a\":[1]}}]}", "$.nodes[0].foo", "'foo' is not a property" },
        { Head + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\",\"tags\":[\"sdg\"]}]}", "$.nodes[0].tags[0]", "Expected an object, found the string \"sdg\"." },
        { Head + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\",\"tags\":[{\"scheme\":\"agenda2030\"}]}]}", "$.nodes[0].tags[0]", "The required property 'value' is missing." },
        { Head + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\",\"tags\":[{\"scheme\":\" \",\"value\":\"3\"}]}]}", "$.nodes[0].tags[0]", "must not be empty" },
        { Head + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\",\"contributions\":[{\"weight\":1}]}]}", "$.nodes[0].contributions[0]", "The required property 'target' is missing." },
        { Head + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\",\"contributions\":[{\"target\":\"w\",\"weight\":true}]}]}", "$.nodes[0].contributions[0].weight", "Expected a number or null, found true." },
        { Head + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\",\"contributions\":{}}]}", "$.nodes[0].contributions", "Expected an array or null, found an object." },
        { Head + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\"}", "$.nodes[1]", "open JSON object or array" },
        { Head + "\"indicators\":[{\"node\":\"i\",\"unit\":\"percent\",\"direction\":\"up\"}]}", "$.indicators[0].direction", "'up' is not one of" },
        { Head + "\"indicators\":[{\"node\":\"i\",\"unit\":\"percent\",\"direction\":\"higherIsBetter\",\"targets\":[{\"scope\":\"2023-2025\",\"level\":{\"kind\":\"absolute\",\"value\":1},\"decision\":{\"date\":\"2022-11-28\",\"body\":\"KF\"}}]}]}", "$.indicators[0].targets[0].scope", "2023-2026" },
        { Head + "\"indicators\":[{\"node\":\"i\",\"unit\":\"percent\",\"direction\":\"higherIsBetter\",\"targets\":[{\"scope\":\"2024\",\"level\":{\"kind\":\"range\",\"low\":5,\"high\":1},\"decision\":{\"date\":\"2022-11-28\",\"body\":\"KF\"}}]}]}", "$.indicators[0].targets[0].level", "low ≤ high" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_Malformed_ReportsPathAndMessage(string json, string path, string fragment)
    {
        var result = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Null(result.Model);
        Assert.Contains(result.Problems, p => p.Path == path && p.Message.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ProblemsOutsideTheArrays_AreReportedWithTheModelsOwnProblems()
    {
        // A bad municipality code, an unknown property and a bad evaluation setting leave every element in place, so the
        // node's unknown level is found too; a bad element value (the second document) leaves that element out, and the
        // rest is still checked (issue 18: one run shows every problem).
        var json = "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"Testby kommun\",\"code\":\"12\"},\"note\":1,"
            + "\"evaluation\":{\"scoreBasis\":\"guess\"},\"nodes\":[{\"id\":\"v\",\"level\":\"nowhere\",\"title\":\"V\"}]}";
        var stopped = json.Replace("\"nodes\":[", "\"outcomes\":[{\"indicator\":\"i\",\"period\":\"2024-T9\",\"value\":1}],\"nodes\":[", StringComparison.Ordinal);

        var all = ModelJson.Read(Encoding.UTF8.GetBytes(json)).Problems.Select(p => p.Path).Order(StringComparer.Ordinal);
        var early = ModelJson.Read(Encoding.UTF8.GetBytes(stopped)).Problems.Select(p => p.Path).Order(StringComparer.Ordinal);

        Assert.Equal(["$.evaluation.scoreBasis", "$.municipality", "$.nodes[0].level", "$.note"], all);
        Assert.Equal(["$.evaluation.scoreBasis", "$.municipality", "$.nodes[0].level", "$.note", "$.outcomes[0].period"], early);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"a\":[1,{\"b\":2}]}")]
    public void Read_FromAStreamLongerThanOneBuffer_AnUnknownNodePropertyIsReportedAtItsPath(string value)
    {
        // The serializer reads a stream in blocks (16 KiB at first), and its reader does not know it holds the last block
        // until the stream has ended: a nodes array that fits in the first block, with more of the document after it,
        // is read from a reader that is not final, and an unknown property in it must still be skipped and reported.
        var units = string.Join(",", Enumerable.Range(0, 400).Select(i => $"{{\"id\":\"u{i}\",\"name\":\"Enhet nummer {i} med ett långt namn\",\"kind\":\"nämnd\"}}"));
        var json = Head + Levels + "\"nodes\":[{\"id\":\"x\",\"level\":\"v\",\"title\":\"X\",\"foo\":" + value + "}],\"units\":[" + units + "]}";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var result = ModelJson.Read(stream);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("$.nodes[0].foo", JsonProblemCodes.UnknownProperty), (problem.Path, problem.Code));
    }

    [Fact]
    public void Read_UnknownProperties_AreAllErrorsByDefaultAndWarningsWhenLenient()
    {
        var json = Head + "\"vendor\":{\"x\":1},\"levels\":[{\"id\":\"v\",\"name\":\"V\",\"role\":\"vision\",\"colour\":\"red\"}],\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\",\"tags\":[{\"scheme\":\"s\",\"value\":\"1\",\"note\":\"n\"}]}]}";

        var strict = ModelJson.Read(Encoding.UTF8.GetBytes(json));
        var lenient = ModelJson.Read(Encoding.UTF8.GetBytes(json), new JsonReadOptions { AllowUnknownProperties = true });

        string[] paths = ["$.vendor", "$.levels[0].colour", "$.nodes[0].tags[0].note"];
        Assert.Null(strict.Model);
        Assert.Equal(paths, strict.Problems.Select(p => p.Path));
        Assert.All(strict.Problems, p => Assert.Equal(JsonProblemCodes.UnknownProperty, p.Code));
        Assert.NotNull(lenient.Model);
        Assert.Equal(paths, lenient.Warnings.Select(p => p.Path));
    }

    [Fact]
    public void Read_InvalidUtf8_IsInvalidJson()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\"formatVersion\":\"1."), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}")];

        var problem = Assert.Single(ModelJson.Read(bytes).Problems);

        Assert.Equal(JsonProblemCodes.InvalidJson, problem.Code);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("level")]
    public void Read_InvalidUtf8InsideANode_IsInvalidJson(string member)
    {
        // The nodes are read by hand, not by the serializer: a broken string there is as clear an error as elsewhere.
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Head + "\"nodes\":[{\"id\":\"v\",\"" + member + "\":\"a"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}]}")];

        var problem = Assert.Single(ModelJson.Read(bytes).Problems);

        Assert.Equal(JsonProblemCodes.InvalidJson, problem.Code);
        Assert.StartsWith("$.nodes", problem.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TooDeep_IsInvalidJson()
    {
        var json = Head + "\"nodes\":" + new string('[', 100) + new string(']', 100) + "}";

        Assert.Equal(JsonProblemCodes.InvalidJson, Assert.Single(ModelJson.Read(Encoding.UTF8.GetBytes(json)).Problems).Code);
    }

    [Fact]
    public void Read_SeveralValueProblems_AreAllReported()
    {
        var json = Head + "\"levels\":[{\"id\":\"v\",\"name\":\"V\",\"role\":\"x\"}],\"outcomes\":[{\"indicator\":\"i\",\"period\":\"2024-13\",\"value\":1}]}";

        var paths = ModelJson.Read(Encoding.UTF8.GetBytes(json)).Problems.Select(p => p.Path);

        Assert.Equal(["$.levels[0].role", "$.outcomes[0].period"], paths);
    }

    [Fact]
    public void Read_SyntaxError_GivesLineAndPosition()
    {
        var problem = Assert.Single(ModelJson.Read(Encoding.UTF8.GetBytes("{\n  \"formatVersion\": 1.0\n}")).Problems);

        Assert.Equal(2, problem.Line);
        Assert.Equal("$.formatVersion", problem.Path);
    }

    [Theory]
    [InlineData("utf-16", "UTF-16 (little-endian, with a byte-order mark)")]
    [InlineData("utf-16BE-bom", "UTF-16 (big-endian, with a byte-order mark)")]
    [InlineData("utf-16LE", "UTF-16 (little-endian)")]
    [InlineData("utf-32", "UTF-32 (little-endian, with a byte-order mark)")]
    [InlineData("utf-32LE", "UTF-32 (little-endian)")]
    public void Read_AnotherUnicodeEncoding_IsNamed(string encoding, string named)
    {
        var text = Head + "\"nodes\":[]}";
        byte[] bytes = encoding switch
        {
            "utf-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16BE-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16LE" => Encoding.Unicode.GetBytes(text),
            "utf-32" => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
            _ => Encoding.UTF32.GetBytes(text),
        };

        var problem = Assert.Single(ModelJson.Read(new MemoryStream(bytes)).Problems);

        Assert.Equal($"The document is encoded as {named}; the format is UTF-8. Save it as UTF-8 (without a byte-order mark).", problem.Message);
    }

    [Fact]
    public void Read_AUtf8ByteOrderMark_IsIgnored_AsRfc8259Allows()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Head + Levels + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\"}]}")];

        Assert.NotNull(ModelJson.Read(new MemoryStream(bytes)).Model);
    }

    [Fact]
    public void Read_AnotherMajorVersion_GivesOnlyUnsupportedVersion_WhateverElseIsMissing()
    {
        var problem = Assert.Single(ModelJson.Read("{\"formatVersion\":\"2.0\"}"u8).Problems);

        Assert.Equal(("$.formatVersion", JsonProblemCodes.UnsupportedVersion), (problem.Path, problem.Code));
    }

    [Fact]
    public void Read_VersionAsANumber_SaysAStringWasExpected()
    {
        var problem = Assert.Single(ModelJson.Read("{\"formatVersion\":1.0,\"municipality\":{\"name\":\"T\",\"code\":\"0001\"}}"u8).Problems);

        Assert.Equal("Expected a string such as \"1.0\", found the number 1.0.", problem.Message);
    }

    [Fact]
    public void Read_TypeErrorsInSeveralElements_AreAllReported_EachWithItsPathAndLine()
    {
        // One run shows every wrong type: a vendor fixes the document in one round, not one error at a time.
        var json = Head + "\n\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\",\"weight\":\"40\"},\n{\"id\":\"w\",\"level\":\"v\",\"title\":7}],"
            + "\n\"outcomes\":[{\"indicator\":\"i\",\"period\":\"2024\",\"value\":\"8,2\"}]}";

        var problems = ModelJson.Read(Encoding.UTF8.GetBytes(json)).Problems;

        Assert.Equal(
            [
                ("$.nodes[0].weight", 2L, "Expected a number or null, found the string \"40\"."),
                ("$.nodes[1].title", 3L, "Expected a string, found the number 7."),
                ("$.outcomes[0].value", 4L, "Expected a number or null, found the string \"8,2\"."),
            ],
            problems.Select(p => (p.Path, p.Line ?? 0, p.Message)));
    }

    [Fact]
    public void Read_AHugeValueInAMessage_IsCutTo80Characters_WithItsLength()
    {
        var json = Head + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"V\",\"weight\":\"" + new string('9', 5000) + "\"}]}";

        var problem = Assert.Single(ModelJson.Read(Encoding.UTF8.GetBytes(json)).Problems);

        Assert.Equal($"Expected a number or null, found the string \"{new string('9', 80)}…\" (5,000 characters).", problem.Message);
    }

    [Fact]
    public void Read_InvalidUtf8_IsNamedAtTheStringThatHoldsIt()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Head + "\"nodes\":[{\"id\":\"v\",\"level\":\"v\",\"title\":\"G"), 0xF6, .. Encoding.UTF8.GetBytes("teborg\"}]}")];

        var problem = Assert.Single(ModelJson.Read(bytes).Problems);

        Assert.Equal("$.nodes[0].title", problem.Path);
        Assert.StartsWith("Byte 0xF6 is not UTF-8", problem.Message, StringComparison.Ordinal);
    }
}
