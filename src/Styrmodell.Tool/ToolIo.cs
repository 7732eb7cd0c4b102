namespace Styrmodell.Tool;

/// <summary>The streams a command uses: standard input for <c>-</c>, results on the output, failures on the error writer.</summary>
/// <param name="Input">What <c>-</c> reads (standard input).</param>
/// <param name="Output">Where results go (standard output).</param>
/// <param name="Error">Where warnings and failures go (standard error).</param>
/// <param name="Terminal">The output as a colour terminal, or <see langword="null"/> when it is redirected, <c>NO_COLOR</c> is set, or it is not the console.</param>
internal sealed record ToolIo(Stream Input, TextWriter Output, TextWriter Error, Spectre.Console.IAnsiConsole? Terminal = null);
