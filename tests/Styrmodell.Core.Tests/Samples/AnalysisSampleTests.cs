using System.Text.Json;

namespace Styrmodell.Tests.Samples;

/// <summary>Every analyst sample compiles and runs (see <see cref="AnalysisSamples"/>), and its notebook twin holds the same code.</summary>
public class AnalysisSampleTests(AnalysisSamples samples) : IClassFixture<AnalysisSamples>
{
    private static IEnumerable<string> SampleNames => AnalysisSamples.Files.Select(f => Path.GetFileNameWithoutExtension(f));

    public static TheoryData<string> Names => [.. SampleNames];

    [Fact]
    public void Samples_AreTheThreeAnalyses() =>
        Assert.Equal(["compare", "geh-ratios", "what-if"], SampleNames);

    [Theory]
    [InlineData("compare", "Strängnäs kommun   2022", "Inspirerande lärande och arbete")]
    [InlineData("what-if", "Livslångt lärande: Ej uppfyllt → Delvis uppfyllt", "4 of 25 nodes moved")]
    [InlineData("geh-ratios", "Arboga     negative result in 2018, 2022", "Arboga 2022, computed from illustrative amounts: result share -2.08 %")]
    public void Sample_Runs_AndPrintsItsFindings(string name, string finding, string another)
    {
        Assert.True(samples.Built, samples.BuildOutput);

        var (exitCode, output) = samples.Run(name);

        Assert.True(exitCode == 0, output);
        Assert.Contains(finding, output, StringComparison.Ordinal);
        Assert.Contains(another, output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Sample_ProjectDirectives_NameProjectsThatExist(string name)
    {
        var (projects, _, _) = AnalysisSamples.Split(File.ReadAllLines(Path.Combine(AnalysisSamples.Folder, name + ".cs")));

        Assert.NotEmpty(projects);
        Assert.All(projects, p => Assert.True(File.Exists(Path.Combine(AnalysisSamples.Folder, p)), p));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Notebook_HoldsTheSameCodeAsItsFileBasedTwin(string name)
    {
        // The notebook is the same analysis for .NET notebooks: its code cells, without the #r lines that load the
        // built libraries, are the .cs file without its #: directives, split into cells at the "// %%" lines.
        var notebook = JsonDocument.Parse(File.ReadAllText(Path.Combine(AnalysisSamples.Folder, name + ".ipynb"))).RootElement;
        var cells = notebook.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString())))
            .ToList();

        Assert.Equal(Code(File.ReadAllLines(Path.Combine(AnalysisSamples.Folder, name + ".cs")), "#:"),
            Code(cells.SelectMany(c => c.Split('\n')).Where(l => !KernelUsings.Contains(l.TrimEnd())), "#r "));
        Assert.All(cells.Skip(1), c => Assert.StartsWith("// %%", c, StringComparison.Ordinal));
    }

    /// <summary>
    /// The usings a file-based app gets implicitly (ImplicitUsings) and the C# kernel does not: the notebook's first cell
    /// states them, or its first use of Path fails (CS0103).
    /// </summary>
    private static readonly HashSet<string> KernelUsings =
        ["using System;", "using System.Collections.Generic;", "using System.IO;", "using System.Linq;", "using System.Threading.Tasks;"];

    [Theory]
    [MemberData(nameof(Names))]
    public void Notebook_StatesTheUsingsTheKernelLacks_InItsFirstCell(string name)
    {
        var notebook = JsonDocument.Parse(File.ReadAllText(Path.Combine(AnalysisSamples.Folder, name + ".ipynb"))).RootElement;
        var first = notebook.GetProperty("cells").EnumerateArray().First(c => c.GetProperty("cell_type").GetString() == "code");
        var lines = first.GetProperty("source").EnumerateArray().Select(l => l.GetString()!.TrimEnd()).ToHashSet(StringComparer.Ordinal);

        Assert.Subset(lines, KernelUsings);
    }

    private static List<string> Code(IEnumerable<string> lines, string directive) =>
        [.. lines.Select(l => l.TrimEnd()).Where(l => l.Length > 0 && !l.StartsWith(directive, StringComparison.Ordinal))];
}
