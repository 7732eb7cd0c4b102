using Spectre.Console;

namespace Styrmodell.Tool;

/// <summary>Decides whether the output gets colour, tables and a tree, or the plain text scripts and tests compare.</summary>
internal static class ColourTerminal
{
    /// <summary>
    /// A Spectre console on <paramref name="output"/> when it is the process's own standard output, not redirected, and
    /// <c>NO_COLOR</c> (no-color.org) is unset or empty; otherwise <see langword="null"/>.
    /// </summary>
    public static IAnsiConsole? For(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) })
            : null;
}
