namespace Styrmodell.Tool.Tests;

/// <summary>Runs the tool's entry point in-process and captures what it writes.</summary>
internal static class Cli
{
    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "models", name + ".json");

    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = StyrmodellCommand.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs with <paramref name="standardInput"/> as what <c>-</c> reads.</summary>
    public static (int ExitCode, string Output, string Error) RunWithInput(byte[] standardInput, params string[] args)
    {
        using var input = new MemoryStream(standardInput);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = StyrmodellCommand.Run(args, input, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The directory the sample documents are copied to beside the tests.</summary>
    public static string SampleDirectory => Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>A temporary file with the given content, deleted on dispose.</summary>
    public sealed class TempFile : IDisposable
    {
        public TempFile(string content)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "styrmodell-" + Guid.NewGuid().ToString("N") + ".json");
            File.WriteAllText(Path, content);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
