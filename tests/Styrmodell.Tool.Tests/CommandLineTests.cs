using Styrmodell.Json;

namespace Styrmodell.Tool.Tests;

public class CommandLineTests
{
    [Theory]
    [InlineData(new string[0], "no command given")]
    [InlineData(new[] { "frob" }, "'frob' is not a command")]
    [InlineData(new[] { "validate" }, "'validate' needs at least one FILE")]
    [InlineData(new[] { "validate", "--strict", "x.json" }, "'validate' takes no options, but got '--strict'")]
    [InlineData(new[] { "evaluate" }, "'evaluate' needs exactly one FILE, but got 0")]
    [InlineData(new[] { "evaluate", "a.json", "b.json" }, "'evaluate' needs exactly one FILE, but got 2")]
    [InlineData(new[] { "evaluate", "a.json", "--format", "pdf" }, "'pdf' is not a format; use text, json, markdown or html")]
    [InlineData(new[] { "evaluate", "a.json", "--as-of", "2024-13-01" }, "'2024-13-01' is not a date in the form yyyy-MM-dd")]
    [InlineData(new[] { "evaluate", "a.json", "--period", "2024-T4" }, "'2024-T4' is not a period id")]
    [InlineData(new[] { "evaluate", "a.json", "--period", "2024", "--as-of", "2024-12-31" }, "Give --as-of or --period, not both")]
    [InlineData(new[] { "evaluate", "a.json", "--period" }, "Option '--period' needs a value")]
    [InlineData(new[] { "evaluate", "a.json", "--period=2023", "--period=2024" }, "Option '--period' is given more than once")]
    [InlineData(new[] { "evaluate", "a.json", "--asof", "2024-12-31" }, "'evaluate' has no option '--asof'; its options are --as-of, --period, --format")]
    [InlineData(new[] { "schema", "extra" }, "'schema' takes no arguments, but got 'extra'")]
    public void BadArguments_GiveOneLineAndTheUsageExitCode(string[] args, string message)
    {
        var (exitCode, output, error) = Cli.Run(args);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.EndsWith("Run 'styrmodell --help' for usage.", line.TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_PrintsTheUsageAndSucceeds(string flag)
    {
        var (exitCode, output, error) = Cli.Run(flag);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith("usage: styrmodell <command>", output, StringComparison.Ordinal);
        Assert.Equal("", error);
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
