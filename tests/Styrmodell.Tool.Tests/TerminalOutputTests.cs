using System.Text.RegularExpressions;
using Spectre.Console;
using Styrmodell.Json;
using Styrmodell.Reporting;

namespace Styrmodell.Tool.Tests;

/// <summary>Colour, tables and a tree for a terminal; the plain text of Styrmodell.Reporting for everything else.</summary>
public class TerminalOutputTests
{
    [Fact]
    public void Evaluate_ToAWriterThatIsNotTheConsole_IsExactlyTheReportingLibrarysPlainText()
    {
        // Scripts and tests read the redirected output: it must be the stable text, with no escape codes.
        using var stream = File.OpenRead(Cli.Sample("vansbro"));
        var document = ModelJson.Read(stream).Document!;
        using var expected = new StringWriter();
        TextReportWriter.Write(EvaluationReport.Create(document.EvaluateLatest()), expected);

        var (exitCode, output, _) = Cli.Run("evaluate", Cli.Sample("vansbro"));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(expected.ToString(), output);
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void Evaluate_OnAColourTerminal_ShowsEachCategoryInItsScalesColour_AndInWords()
    {
        using var output = new StringWriter();
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.TrueColor,
            Out = new AnsiConsoleOutput(output),
        });
        terminal.Profile.Width = 200;

        var exitCode = StyrmodellCommand.Run(["evaluate", Cli.Sample("strangnas")], new ToolIo(Stream.Null, output, TextWriter.Null, terminal));

        Assert.Equal(ExitCodes.Success, exitCode);
        var text = output.ToString();
        // The default scale's colours (AssessmentScale.Default): Uppfyllt #2E7D32, Delvis uppfyllt #F9A825, as 24-bit SGR codes.
        Assert.Matches(new Regex(@"\x1b\[38;2;46;125;50m● Uppfyllt"), text);
        Assert.Matches(new Regex(@"\x1b\[38;2;249;168;37m● Delvis uppfyllt"), text);
        Assert.Contains("└── ", Regex.Replace(text, @"\x1b\[[0-9;]*m", ""), StringComparison.Ordinal);
    }

    [Fact]
    public void ColourTerminal_IsNotUsed_ForAWriterOtherThanTheConsole() =>
        Assert.Null(ColourTerminal.For(new StringWriter()));
}
