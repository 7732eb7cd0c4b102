namespace Styrmodell.Tool.Tests;

public class ValidateTests
{
    private const string BadReference =
        "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"Testby kommun\",\"code\":\"0001\"}," +
        "\"levels\":[{\"id\":\"mal\",\"name\":\"Mål\",\"role\":\"goal\"}]," +
        "\"nodes\":[{\"id\":\"a\",\"level\":\"mal\",\"title\":\"A\",\"parent\":\"nope\"},{\"id\":\"b\",\"level\":\"mal\",\"title\":\"B\",\"owner\":\"ghost\"}]}";

    [Fact]
    public void Validate_TheFourSamples_AreValid()
    {
        var (exitCode, output, error) = Cli.Run(["validate", .. new[] { "vasteras", "strangnas", "vansbro", "arboga" }.Select(Cli.Sample)]);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(4, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.Contains(": valid (", StringComparison.Ordinal)));
        Assert.Contains("valid (Västerås stad: 30 nodes", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public void Validate_ModelProblems_ListsEveryOneWithItsJsonPath()
    {
        using var file = new Cli.TempFile(BadReference);

        var (exitCode, output, _) = Cli.Run("validate", file.Path);

        Assert.Equal(ExitCodes.Invalid, exitCode);
        Assert.Contains($"{file.Path}: invalid, 2 problem(s):", output, StringComparison.Ordinal);
        Assert.Contains("  $.nodes[0].parent: dangling-reference:", output, StringComparison.Ordinal);
        Assert.Contains("  $.nodes[1].owner: dangling-reference:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EvaluationRuleNamingAMissingLevel_IsInvalid_AndEvaluateRefusesItTheSameWay()
    {
        // Validation finds everything evaluation would refuse: a rule for level "omrade" the document lacks.
        using var file = new Cli.TempFile(
            "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"Testby kommun\",\"code\":\"0001\"}," +
            "\"evaluation\":{\"rules\":[{\"level\":\"omrade\",\"rule\":{\"type\":\"allMet\"}}]}," +
            "\"levels\":[{\"id\":\"mal\",\"name\":\"Mål\",\"role\":\"goal\"}]," +
            "\"nodes\":[{\"id\":\"a\",\"level\":\"mal\",\"title\":\"A\"}]}");

        var (exitCode, output, _) = Cli.Run("validate", file.Path);
        var evaluated = Cli.Run("evaluate", file.Path, "--period", "2024");

        Assert.Equal(ExitCodes.Invalid, exitCode);
        Assert.Contains("  $.evaluation.rules[0].level: dangling-reference:", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Invalid, evaluated.ExitCode);
        Assert.Contains("$.evaluation.rules[0].level", evaluated.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedJson_IsInvalidWithLineAndPosition()
    {
        using var file = new Cli.TempFile("{\"formatVersion\": \"1.0\",\n  \"municipality\": {,}}");

        var (exitCode, output, _) = Cli.Run("validate", file.Path);

        Assert.Equal(ExitCodes.Invalid, exitCode);
        Assert.Contains("(line 2, position", output, StringComparison.Ordinal);
        Assert.Contains("invalid-json", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_IsUnreadable_OnOneLine()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");

        var (exitCode, output, error) = Cli.Run("validate", missing);

        Assert.Equal(ExitCodes.Unreadable, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith($"{missing}: cannot read:", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }


    [Fact]
    public void Validate_InvalidAndUnreadableTogether_ReportsBoth_AndExitsUnreadable()
    {
        // Unreadable outranks invalid: a file that could not be checked at all is the worse news.
        using var file = new Cli.TempFile(BadReference);
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");

        var (exitCode, output, error) = Cli.Run("validate", missing, file.Path, Cli.Sample("arboga"));

        Assert.Equal(ExitCodes.Unreadable, exitCode);
        Assert.Contains("invalid, 2 problem(s)", output, StringComparison.Ordinal);
        Assert.Contains("arboga.json: valid", output, StringComparison.Ordinal);
        Assert.Contains("cannot read", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ADirectory_ValidatesEveryJsonInIt_OneLineEach_AndASummary()
    {
        var (exitCode, output, error) = Cli.Run("validate", Cli.SampleDirectory);

        Assert.Equal(ExitCodes.Success, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var files = lines.Where(l => !l.StartsWith("warning:", StringComparison.Ordinal)).ToList(); // a valid document's warnings follow its line
        Assert.Equal(["arboga.json", "strangnas.json", "vansbro.json", "vasteras.json"],
            files.Take(4).Select(l => Path.GetFileName(l[..l.IndexOf(": valid", StringComparison.Ordinal)])));
        Assert.Equal("4 documents: 4 valid, 0 invalid, 0 unreadable", lines[^1]);
        Assert.Equal(5, files.Count);
        Assert.Equal("", error);
    }

    [Fact]
    public void Validate_ADirectoryWithoutDocuments_IsUnreadable()
    {
        var directory = Directory.CreateTempSubdirectory("styrmodell-");
        try
        {
            var (exitCode, _, error) = Cli.Run("validate", directory.FullName);

            Assert.Equal(ExitCodes.Unreadable, exitCode);
            Assert.Contains("no *.json documents found", error, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete();
        }
    }

    [Theory]
    [InlineData(500, ExitCodes.Success)]        // the longest name allowed (docs/format.md, "Limits"): valid, cut in the line
    [InlineData(100_000, ExitCodes.Invalid)]    // beyond it: a text-too-long problem, which does not quote the name
    public void Validate_ALongName_KeepsTheOutputShort(int length, int expectedExit)
    {
        var name = new string('x', length);
        using var file = new Cli.TempFile(
            "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"" + name + "\",\"code\":\"0001\"}," +
            "\"levels\":[{\"id\":\"mal\",\"name\":\"Mål\",\"role\":\"goal\"}],\"nodes\":[{\"id\":\"a\",\"level\":\"mal\",\"title\":\"A\"}]}");

        var (exitCode, output, _) = Cli.Run("validate", file.Path);

        Assert.Equal(expectedExit, exitCode);
        Assert.Contains(expectedExit == ExitCodes.Success ? $"({new string('x', 80)}… (500 characters): 1 nodes" : "$.municipality.name: text-too-long", output, StringComparison.Ordinal);
        Assert.True(output.Length < 500, "the output stays short");
    }

    [Fact]
    public void Validate_AStringWhereANumberBelongs_SaysANumberWasExpected()
    {
        using var file = new Cli.TempFile(
            "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"Testby kommun\",\"code\":\"0001\"}," +
            "\"levels\":[{\"id\":\"mal\",\"name\":\"Mål\",\"role\":\"goal\"}],\"nodes\":[{\"id\":\"a\",\"level\":\"mal\",\"title\":\"A\",\"weight\":\"40\"}]}");

        var (exitCode, output, _) = Cli.Run("validate", file.Path);

        Assert.Equal(ExitCodes.Invalid, exitCode);
        Assert.Contains("  $.nodes[0].weight (line 1, position", output, StringComparison.Ordinal);
        Assert.Contains("invalid-json: Expected a number or null, found the string \"40\".", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AnotherMajorVersion_GivesOnlyUnsupportedVersion()
    {
        var (exitCode, output, _) = Cli.RunWithInput("{\"formatVersion\":\"2.0\"}"u8.ToArray(), "validate", "-");

        Assert.Equal(ExitCodes.Invalid, exitCode);
        Assert.Equal(["-: invalid, 1 problem(s):", "$.formatVersion (line 1, position 18): unsupported-version: This reader reads format 1.x; the document is '2.0'."],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
