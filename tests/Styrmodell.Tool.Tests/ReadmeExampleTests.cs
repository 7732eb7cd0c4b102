using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Styrmodell.Json;
using Styrmodell.Reporting;

namespace Styrmodell.Tool.Tests;

/// <summary>
/// Every C# example in a package README compiles against the packages as built, as NodaTime compiles the snippets in
/// its documentation: an example that does not compile is the first thing a new user copies.
/// </summary>
public partial class ReadmeExampleTests
{
    private static readonly string Repository = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        // The packages' READMEs, and the repository's, whose examples a new user reads first.
        var readmes = Directory.GetFiles(Path.Combine(Repository, "src"), "README.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Prepend(Path.Combine(Repository, "README.md"));
        foreach (var readme in readmes)
        {
            var count = CSharpBlock().Count(File.ReadAllText(readme));
            for (var i = 0; i < count; i++)
            {
                data.Add(Path.GetRelativePath(Repository, readme), i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void AReadmeExample_Compiles(string readme, int index)
    {
        var code = CSharpBlock().Matches(File.ReadAllText(Path.Combine(Repository, readme)))[index].Groups[1].Value;

        var errors = Compile(code).Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();

        Assert.True(errors.Count == 0, $"{readme}, example {index + 1}:\n{string.Join("\n", errors)}\n---\n{code}");
    }

    [Fact]
    public void TheCompilerCheck_FindsAnUnassignedVariable()
    {
        // The Styrmodell.Json README's old example: 'model' is assigned only inside the if (CS0165).
        var diagnostics = Compile("var read = ModelJson.Read(Stream.Null);\nif (read.Model is { } model) { }\nelse { }\nModelJson.Write(model, Stream.Null);");

        Assert.Contains(diagnostics, d => d.Id == "CS0165");
    }

    /// <summary>Compiles the example as a program's top-level statements, with every namespace of the packages in scope as a README reader would import them.</summary>
    private static System.Collections.Immutable.ImmutableArray<Diagnostic> Compile(string example)
    {
        Assembly[] packages =
        [
            typeof(Styrmodell.Model.SteeringModel).Assembly, typeof(ModelJson).Assembly, typeof(EvaluationReport).Assembly,
            typeof(Styrmodell.Kolada.KoladaClient).Assembly, typeof(NodaTime.LocalDate).Assembly,
        ];
        var usings = packages.Take(4).SelectMany(a => a.GetExportedTypes()).Select(t => t.Namespace).OfType<string>()
            .Concat(["System", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Collections.Generic", "System.Threading.Tasks", "NodaTime"])
            .Distinct().Select(n => $"global using {n};");
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var compilation = CSharpCompilation.Create(
            "ReadmeExample",
            [CSharpSyntaxTree.ParseText(string.Join("\n", usings)), CSharpSyntaxTree.ParseText(example)],
            platform.Concat(packages.Select(a => a.Location)).Distinct().Select(p => MetadataReference.CreateFromFile(p)),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics();
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
