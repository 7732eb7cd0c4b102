using System.Diagnostics;
using System.Text;

namespace Styrmodell.Tests.Samples;

/// <summary>
/// The analyst samples in samples/analysis/*.cs, compiled together once and run one by one.
/// </summary>
/// <remarks>
/// Each sample is a .NET 10 file-based app (<c>dotnet run samples/analysis/NAME.cs</c>). Running each that way costs a
/// separate cold build of about a minute and a half on a two-core machine, too much for every test run; instead the
/// samples' code is compiled in one generated project — each file's statements, unchanged, become the body of a
/// <c>Run</c> method, its <c>using</c> directives stay at the top, its <c>#:project</c> directives become project
/// references — and each sample runs in its own process from its own folder, as a user would run it.
/// </remarks>
public sealed class AnalysisSamples : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "styrmodell-analysis-" + Guid.NewGuid().ToString("N"));

    public AnalysisSamples()
    {
        Directory.CreateDirectory(_directory);
        var references = new SortedSet<string>(StringComparer.Ordinal);
        var cases = new StringBuilder();
        foreach (var file in Files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var (projects, usings, body) = Split(File.ReadAllLines(file));
            foreach (var project in projects)
            {
                references.Add(Path.GetFullPath(Path.Combine(Folder, project)));
            }

            File.WriteAllText(Path.Combine(_directory, name + ".cs"),
                string.Join('\n', usings) + $"\ninternal static class {ClassName(name)}\n{{\n    public static void Run()\n    {{\n"
                + string.Join('\n', body) + "\n    }\n}\n");
            cases.Append($"    \"{name}\" => Run({ClassName(name)}.Run),\n");
        }

        File.WriteAllText(Path.Combine(_directory, "Program.cs"),
            "return args[0] switch\n{\n" + cases + "    _ => 2,\n};\n\nstatic int Run(Action sample)\n{\n    sample();\n    return 0;\n}\n");
        File.WriteAllText(Path.Combine(_directory, "AnalysisSamples.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>net10.0</TargetFramework>\n"
            + "    <ImplicitUsings>enable</ImplicitUsings>\n    <Nullable>enable</Nullable>\n    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n  </PropertyGroup>\n  <ItemGroup>\n"
            + string.Concat(references.Select(r => $"    <ProjectReference Include=\"{r}\" />\n"))
            + "  </ItemGroup>\n</Project>\n");
        var build = Process("dotnet", $"build \"{_directory}\" -c Release -nologo -v:q", _directory);
        BuildOutput = build.Output;
        Built = build.ExitCode == 0;
    }

    /// <summary>Gets the folder of the samples.</summary>
    public static string Folder { get; } = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../samples/analysis"));

    /// <summary>Gets every sample file.</summary>
    public static IReadOnlyList<string> Files => [.. Directory.GetFiles(Folder, "*.cs").Order(StringComparer.Ordinal)];

    public bool Built { get; }

    public string BuildOutput { get; }

    /// <summary>Runs one sample in its own process, from the samples' folder; returns its exit code and all it wrote.</summary>
    public (int ExitCode, string Output) Run(string name) =>
        Process("dotnet", $"\"{Path.Combine(_directory, "bin", "Release", "net10.0", "AnalysisSamples.dll")}\" {name}", Folder);

    /// <summary>Splits a file-based app into its #:project paths, its using directives and its statements.</summary>
    public static (List<string> Projects, List<string> Usings, List<string> Body) Split(IEnumerable<string> lines)
    {
        var (projects, usings, body) = (new List<string>(), new List<string>(), new List<string>());
        var inHeader = true;
        foreach (var line in lines)
        {
            if (line.StartsWith("#:project ", StringComparison.Ordinal))
            {
                projects.Add(line["#:project ".Length..].Trim());
            }
            else if (inHeader && (line.StartsWith("using ", StringComparison.Ordinal) && !line.StartsWith("using var ", StringComparison.Ordinal)))
            {
                usings.Add(line);
            }
            else if (inHeader && (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith("#:", StringComparison.Ordinal)))
            {
                body.Add(line);
            }
            else
            {
                inHeader = false;
                body.Add(line);
            }
        }

        return (projects, usings, body);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string ClassName(string name) => "Sample_" + name.Replace('-', '_');

    private static (int ExitCode, string Output) Process(string file, string arguments, string directory)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, output + error.Result + "\n(timed out after 5 minutes)");
        }

        return (process.ExitCode, output + error.Result);
    }
}
