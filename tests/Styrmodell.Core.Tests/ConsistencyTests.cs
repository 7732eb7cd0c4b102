using System.Reflection;
using Styrmodell.Collections;
using Styrmodell.Model;
using Styrmodell.Model.Rules;
using Styrmodell.Validation;

namespace Styrmodell.Tests;

/// <summary>Design rules every public type of the model, validation and collection namespaces keeps.</summary>
public class ConsistencyTests
{
    private static readonly Type[] Checked =
    [
        .. typeof(SteeringModel).Assembly.GetExportedTypes().Where(t => t.Namespace is { } ns
            && (ns == "Styrmodell.Model" || ns.StartsWith("Styrmodell.Model.", StringComparison.Ordinal)
                || ns == "Styrmodell.Validation" || ns == "Styrmodell.Collections" || ns == "Styrmodell.FollowUp")),
    ];

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null
        || type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private static bool IsStruct(Type type) => type.IsValueType && !type.IsEnum;

    private static bool ImplementsEquatableOfItself(Type type) =>
        type.GetInterfaces().Any(i =>
            i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>)
            && (i.GetGenericArguments()[0] == type
                || (type.IsGenericTypeDefinition && i.GetGenericArguments()[0].IsGenericType
                    && i.GetGenericArguments()[0].GetGenericTypeDefinition() == type)));

    private static bool OverridesObjectEquals(Type type) =>
        type.GetMethod(nameof(Equals), BindingFlags.Public | BindingFlags.Instance, [typeof(object)]) is { } equals
        && equals.DeclaringType != typeof(object) && equals.DeclaringType != typeof(ValueType);

    [Fact]
    public void Checked_TypesOfEveryNamespace_AreFound()
    {
        Assert.Contains(typeof(SteeringModel), Checked);
        Assert.Contains(typeof(NodesPerOwnerRule), Checked);
        Assert.Contains(typeof(ValidationProblem), Checked);
        Assert.Contains(typeof(EquatableArray<>), Checked);
        Assert.Contains(typeof(Styrmodell.FollowUp.FollowUpData), Checked);
        Assert.DoesNotContain(Checked, t => t.Namespace is "Styrmodell.Targets" or "Styrmodell.Time");
    }

    [Fact]
    public void PublicClasses_InModelValidationAndCollections_AreSealedOrAbstract()
    {
        var open = Checked.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void PublicRecordsAndStructs_InModelValidationAndCollections_ImplementIEquatableOfThemselves()
    {
        var values = Checked.Where(t => IsRecord(t) || IsStruct(t)).ToArray();

        Assert.Contains(typeof(Node), values);
        Assert.Contains(typeof(Contribution), values);
        Assert.Contains(typeof(ProblemLocation), values);
        Assert.Contains(typeof(EquatableArray<>), values);
        Assert.Empty(values.Where(t => !ImplementsEquatableOfItself(t)).Select(t => t.FullName));
    }

    [Fact]
    public void PublicStructs_InModelValidationAndCollections_OverrideEqualsAndGetHashCode()
    {
        var structs = Checked.Where(IsStruct).ToArray();
        var inherited = structs.Where(t =>
            !OverridesObjectEquals(t)
            || t.GetMethod(nameof(GetHashCode), BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)!.DeclaringType == typeof(ValueType));

        Assert.NotEmpty(structs);
        Assert.Empty(inherited.Select(t => t.FullName));
    }

    [Fact]
    public void PublicClassesWithValueEquality_InModelValidationAndCollections_ImplementIEquatableOfThemselves()
    {
        var classes = Checked.Where(t => t.IsClass && OverridesObjectEquals(t)).ToArray();

        Assert.Contains(typeof(SteeringModel), classes);
        Assert.Empty(classes.Where(t => !ImplementsEquatableOfItself(t)).Select(t => t.FullName));
    }
}
