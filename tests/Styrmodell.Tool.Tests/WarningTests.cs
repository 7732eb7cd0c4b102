namespace Styrmodell.Tool.Tests;

/// <summary>What a valid document holds that is probably not meant: reported by validate, an error only on request.</summary>
public class WarningTests
{
    // Mandate period 2019–2022 (budget years, as a council elected in 2018 decides them); one unit owns nothing.
    private static string Document(string targetScope) =>
        "{\"formatVersion\":\"1.0\",\"municipality\":{\"name\":\"Testby kommun\",\"code\":\"0001\"},"
        + "\"metadata\":{\"mandatePeriod\":\"2019-2022\"},"
        + "\"units\":[{\"id\":\"kf\",\"name\":\"KF\",\"kind\":\"council\"},{\"id\":\"tom\",\"name\":\"Tom nämnd\",\"kind\":\"committee\"}],"
        + "\"levels\":[{\"id\":\"m\",\"name\":\"Mål\",\"role\":\"goal\"},{\"id\":\"i\",\"name\":\"Indikator\",\"role\":\"indicator\",\"parentLevelIds\":[\"m\"]}],"
        + "\"nodes\":[{\"id\":\"a\",\"level\":\"m\",\"title\":\"A\",\"owner\":\"kf\"},{\"id\":\"x\",\"level\":\"i\",\"title\":\"X\",\"parent\":\"a\"},{\"id\":\"y\",\"level\":\"i\",\"title\":\"Y\",\"parent\":\"a\"}],"
        + "\"indicators\":[{\"node\":\"x\",\"unit\":\"count\",\"direction\":\"higherIsBetter\","
        + "\"targets\":[{\"scope\":\"" + targetScope + "\",\"level\":{\"kind\":\"absolute\",\"value\":10},\"decision\":{\"date\":\"2018-11-26\",\"body\":\"KF\"}}]},"
        + "{\"node\":\"y\",\"unit\":\"count\",\"direction\":\"higherIsBetter\"}],"
        + "\"outcomes\":[{\"indicator\":\"x\",\"period\":\"2022\",\"value\":12},{\"indicator\":\"y\",\"period\":\"2021\",\"value\":3}]}";

    [Theory]
    [InlineData("2023-2026")]
    [InlineData("2031")]
    public void Validate_ATargetOutsideTheMandatePeriod_IsAWarning_AtItsScope(string scope)
    {
        using var file = new Cli.TempFile(Document(scope));

        var (exitCode, output, _) = Cli.Run("validate", file.Path);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains($"  warning: $.indicators[0].targets[0].scope: target-outside-mandate: Indicator 'x' has a target for {scope}, outside the document's mandate period 2019-2022", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AValidDocumentWithWarnings_ListsThemAll_AndExitsZero()
    {
        using var file = new Cli.TempFile(Document("2019-2022"));

        var (exitCode, output, _) = Cli.Run("validate", file.Path);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains(": valid (Testby kommun: 3 nodes, 2 indicators, 2 outcomes), 2 warning(s):", output, StringComparison.Ordinal);
        // y's only outcome is for 2021; the latest period with outcomes is 2022 (x's).
        Assert.Contains("  warning: $.indicators[1]: no-outcome-for-period: Indicator 'y' has no outcome for 2022", output, StringComparison.Ordinal);
        Assert.Contains("  warning: $.units[1]: unit-without-nodes: Unit 'tom'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("target-outside-mandate", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WarningsAsErrors_ExitsOne()
    {
        using var file = new Cli.TempFile(Document("2019-2022"));

        Assert.Equal(ExitCodes.Invalid, Cli.Run("validate", "--warnings-as-errors", file.Path).ExitCode);
    }

    [Fact]
    public void Validate_ABaselineScoredAsAThresholdBeyondTheTarget_IsAWarning_AtTheTargetsLevel()
    {
        // Progress is scored from the baseline (80) to the target (70) of a rising indicator: an outcome of 90 meets the
        // target and still scores (90 − 80) ÷ (70 − 80) < 0, kept to 0.
        var json = Document("2022").Replace("\"targets\"", "\"baseline\":{\"value\":80,\"period\":\"2021\"},\"targets\"", StringComparison.Ordinal)
            .Replace("\"value\":10}", "\"value\":70}", StringComparison.Ordinal)
            .Replace("\"metadata\"", "\"evaluation\":{\"scoreBasis\":\"linearFromBaseline\"},\"metadata\"", StringComparison.Ordinal);
        using var file = new Cli.TempFile(json);

        var (exitCode, output, _) = Cli.Run("validate", file.Path);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("  warning: $.indicators[0].targets[0].level: threshold-beyond-target: Indicator 'x' is scored from its baseline 80 (2021), which already lies at or beyond its target 70 for 2022", output, StringComparison.Ordinal);
    }
}
