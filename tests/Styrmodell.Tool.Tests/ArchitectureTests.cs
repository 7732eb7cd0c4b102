using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Fluent.Syntax.Elements.Types;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Styrmodell.Tool.Tests;

/// <summary>
/// Dependencies point one way: Time, Targets ← Model ← Evaluation ← Finance, FollowUp; Model ← Governance (who decides
/// what); Model, Governance, Finance's amount units ← Budget; all of them ← Exchange (the document and its evaluation) ← Json, Reporting, Kolada ← Tool. Checked on the compiled assemblies' type references, so a fully qualified
/// name or a call through a helper counts as much as a using line. Core renders nothing: no text or Markdown writers.
/// </summary>
public class ArchitectureTests
{
    private static readonly System.Reflection.Assembly CoreAssembly = typeof(global::Styrmodell.Model.SteeringModel).Assembly;
    private static readonly System.Reflection.Assembly JsonAssembly = typeof(global::Styrmodell.Json.ModelJson).Assembly;
    private static readonly System.Reflection.Assembly ReportingAssembly = typeof(global::Styrmodell.Reporting.EvaluationReport).Assembly;
    private static readonly System.Reflection.Assembly KoladaAssembly = typeof(global::Styrmodell.Kolada.KoladaClient).Assembly;

    private static readonly Architecture Styrmodell = new ArchLoader()
        .LoadAssemblies(CoreAssembly, JsonAssembly, ReportingAssembly, KoladaAssembly)
        .Build();

    /// <summary>Each part of Core and the parts it must not use: those above it, and its siblings.</summary>
    public static TheoryData<string, string[]> CoreLayers => new()
    {
        { "Collections", ["Time", "Targets", "Model", "Evaluation", "Finance", "FollowUp", "Governance", "Budget", "Exchange"] },
        { "Validation", ["Time", "Targets", "Model", "Evaluation", "Finance", "FollowUp", "Governance", "Budget", "Exchange"] },
        { "Time", ["Targets", "Model", "Evaluation", "Finance", "FollowUp", "Governance", "Budget", "Exchange"] },
        { "Targets", ["Model", "Evaluation", "Finance", "FollowUp", "Governance", "Budget", "Exchange"] },
        { "Model", ["Evaluation", "Finance", "FollowUp", "Governance", "Budget", "Exchange"] },
        { "Evaluation", ["Finance", "FollowUp", "Governance", "Budget", "Exchange"] },
        { "Finance", ["FollowUp", "Governance", "Budget", "Exchange"] },
        { "FollowUp", ["Finance", "Governance", "Budget", "Exchange"] },
        { "Governance", ["Evaluation", "Finance", "FollowUp", "Budget", "Exchange"] },

        // Budget states its amounts in Finance's AmountUnit (one kr/tkr/mnkr for the whole library), and uses nothing else of Finance's.
        { "Budget", ["Evaluation", "FollowUp", "Exchange"] },
    };

    [Theory]
    [MemberData(nameof(CoreLayers))]
    public void CoreNamespace_UsesNothingAboveIt(string part, string[] above) =>
        Types().That().Are(In(part)).Should().NotDependOnAny(In(above)).Check(Styrmodell);

    [Fact]
    public void Core_UsesNeitherJsonNorReporting() =>
        Types().That().ResideInAssembly(CoreAssembly).Should().NotDependOnAny(Types().That().ResideInAssembly(JsonAssembly).Or().ResideInAssembly(ReportingAssembly))
            .Check(Styrmodell);

    [Fact]
    public void JsonAndReporting_DoNotUseEachOther()
    {
        Types().That().ResideInAssembly(JsonAssembly).Should().NotDependOnAny(Types().That().ResideInAssembly(ReportingAssembly)).Check(Styrmodell);
        Types().That().ResideInAssembly(ReportingAssembly).Should().NotDependOnAny(Types().That().ResideInAssembly(JsonAssembly)).Check(Styrmodell);
    }

    [Fact]
    public void Kolada_UsesCoreOnly() =>
        Types().That().ResideInAssembly(KoladaAssembly).Should()
            .NotDependOnAny(Types().That().ResideInAssembly(JsonAssembly).Or().ResideInAssembly(ReportingAssembly))
            .Check(Styrmodell);

    [Fact]
    public void Core_HasNoTextOrMarkdownRendering()
    {
        Types().That().ResideInAssembly(CoreAssembly).Should().NotHaveNameContaining("Markdown")
            .AndShould().NotHaveNameContaining("Html").AndShould().NotHaveNameEndingWith("Writer").AndShould().NotHaveNameEndingWith("Renderer")
            .Check(Styrmodell);
        var renderingMethods = CoreAssembly.GetTypes()
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly))
            .Where(m => m.Name is "ToMarkdown" or "ToText" or "ToHtml")
            .Select(m => m.DeclaringType!.Name + "." + m.Name);
        Assert.Empty(renderingMethods);
    }

    private static GivenTypesConjunctionWithDescription In(params string[] parts) =>
        Types().That().ResideInNamespaceMatching($@"^Styrmodell\.({string.Join("|", parts)})(\..*)?$").As(string.Join(", ", parts));
}
