using Styrmodell.Json;

namespace Styrmodell.Tool.Tests;

/// <summary>The command line's conventions, run in-process through System.CommandLine's own parsing and invocation.</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData(new string[0], "Required command was not provided", "styrmodell --help")]
    [InlineData(new[] { "validate" }, "Required argument 'FILE' missing", "styrmodell validate --help")]
    [InlineData(new[] { "validate", "--strict", "x.json" }, "'--strict'", "styrmodell validate --help")]
    [InlineData(new[] { "evaluate" }, "Required argument 'FILE' missing", "styrmodell evaluate --help")]
    [InlineData(new[] { "evaluate", "a.json", "b.json" }, "'b.json'", "styrmodell evaluate --help")]
    [InlineData(new[] { "evaluate", "a.json", "--format", "pdf" }, "'pdf'", "styrmodell evaluate --help")]
    [InlineData(new[] { "evaluate", "a.json", "--as-of", "2024-13-01" }, "'2024-13-01' is not a date in the form yyyy-MM-dd", "styrmodell evaluate --help")]
    [InlineData(new[] { "evaluate", "a.json", "--period", "2024-T4" }, "'2024-T4' is not a period id", "styrmodell evaluate --help")]
    [InlineData(new[] { "evaluate", "a.json", "--period", "2024", "--as-of", "2024-12-31" }, "Give --as-of or --period, not both", "styrmodell evaluate --help")]
    [InlineData(new[] { "evaluate", "a.json", "--period" }, "--period", "styrmodell evaluate --help")]
    [InlineData(new[] { "schema", "extra" }, "'extra'", "styrmodell schema --help")]
    public void BadArguments_SayWhatIsWrongOnTheErrorWriter_WithTheUsageExitCode(string[] args, string message, string helpHint)
    {
        var (exitCode, output, error) = Cli.Run(args);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Equal("", output);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.EndsWith($"Run '{helpHint}' for usage.", error.TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_OnTheRoot_ListsTheCommandsAndTheExitCodes(string flag)
    {
        var (exitCode, output, error) = Cli.Run(flag);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("validate <FILE>", output, StringComparison.Ordinal);
        Assert.Contains("evaluate <FILE>", output, StringComparison.Ordinal);
        Assert.Contains("schema", output, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 success, 1 invalid document", output, StringComparison.Ordinal);
        Assert.Contains("64 bad arguments", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("validate", "--help", "styrmodell validate <FILE>...")]
    [InlineData("evaluate", "-h", "styrmodell evaluate <FILE> [options]")]
    [InlineData("evaluate", "-?", "--allow-empty")]
    [InlineData("schema", "--help", "styrmodell schema")]
    public void Help_OnACommand_PrintsThatCommandsHelp_WithoutReadingAFile(string command, string flag, string expected)
    {
        var (exitCode, output, error) = Cli.Run(command, flag);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public void ATypo_SuggestsTheCommand_OnTheErrorWriter()
    {
        var (exitCode, output, error) = Cli.Run("evalute", "a.json");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Equal("", output);
        Assert.Contains("'evalute' was not matched. Did you mean", error, StringComparison.Ordinal);
        Assert.Contains("\nevaluate", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestDirective_CompletesCommandNames_ForDotnetSuggest()
    {
        // dotnet-suggest asks the tool itself with [suggest:position] and the command line typed so far.
        var (exitCode, output, _) = Cli.Run("[suggest:3]", "eva");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(["evaluate"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void DoubleDash_EndsTheOptions_SoAFileMayStartWithADash()
    {
        var directory = Directory.CreateTempSubdirectory("styrmodell-");
        try
        {
            var file = Path.Combine(directory.FullName, "--help.json");
            File.Copy(Cli.Sample("vansbro"), file);

            var (exitCode, output, error) = Cli.Run("validate", "--", file);

            Assert.Equal(ExitCodes.Success, exitCode);
            Assert.StartsWith($"{file}: valid (Vansbro kommun", output, StringComparison.Ordinal);
            Assert.Equal("", error);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Dash_ReadsStandardInput()
    {
        var (exitCode, output, error) = Cli.RunWithInput(File.ReadAllBytes(Cli.Sample("arboga")), "validate", "-");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith("-: valid (Arboga kommun: 29 nodes", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public void Dash_ForEvaluate_EvaluatesStandardInput()
    {
        var (exitCode, output, _) = Cli.RunWithInput(File.ReadAllBytes(Cli.Sample("vansbro")), "evaluate", "-", "--period", "2022");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith("Vansbro kommun (2021): måluppfyllelse 2022", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheAssemblysVersion()
    {
        var (exitCode, output, _) = Cli.Run("--version");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith("0.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_PrintsTheShippedSchema()
    {
        var (exitCode, output, error) = Cli.Run("schema");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(ModelJson.Schema.TrimEnd('\n'), output.TrimEnd('\n'));
        Assert.Equal("", error);
    }
}
