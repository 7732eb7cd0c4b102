using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Styrmodell.Samples;

namespace Styrmodell.Json.Tests;

public class MutationProperties
{
    private static readonly byte[] Valid = File.ReadAllBytes(SampleDocuments.PathOf("arboga"));

    private enum Mutation { Truncate, Delete, Duplicate, Replace, Retype }

    /// <summary>Applies one mutation at a position: cut, delete a span, repeat a span, overwrite a byte, or turn a string into a number.</summary>
    private static byte[] Mutate(Mutation mutation, int at, int length, byte value)
    {
        var text = Valid.ToList();
        at %= text.Count;
        length = Math.Min(length, text.Count - at);
        switch (mutation)
        {
            case Mutation.Truncate:
                return [.. text.Take(at)];
            case Mutation.Delete:
                text.RemoveRange(at, length);
                break;
            case Mutation.Duplicate:
                text.InsertRange(at, text.GetRange(at, length));
                break;
            case Mutation.Replace:
                text[at] = value;
                break;
            default:
                var json = Encoding.UTF8.GetString(Valid);
                var quote = json.IndexOf("\": \"", Math.Min(at, json.Length), StringComparison.Ordinal); // at counts bytes, json chars
                return quote < 0 ? Valid : Encoding.UTF8.GetBytes(json[..(quote + 3)] + "42" + json[(json.IndexOf('"', quote + 4) + 1)..]);
        }

        return [.. text];
    }

    [Property(MaxTest = 300)]
    public Property Read_AnyMutation_ReturnsAModelOrProblemsAndNeverThrows() =>
        Prop.ForAll(
            Gen.Elements(Enum.GetValues<Mutation>()).ToArbitrary(),
            (from at in Gen.Choose(0, int.MaxValue) from length in Gen.Choose(1, 40) from value in Gen.Choose(0, 255) select (at, length, (byte)value)).ToArbitrary(),
            (mutation, place) =>
            {
                var result = ModelJson.Read(Mutate(mutation, place.at, place.length, place.Item3));
                return result.Model is null ? !result.Problems.IsEmpty : result.Problems.IsEmpty;
            });

    [Property(MaxTest = 300)]
    public Property Read_AnyMutation_EveryProblemsPathExistsInTheDocumentOrNamesItsParent() =>
        Prop.ForAll(
            Gen.Elements(Enum.GetValues<Mutation>()).ToArbitrary(),
            (from at in Gen.Choose(0, int.MaxValue) from length in Gen.Choose(1, 40) from value in Gen.Choose(0, 255) select (at, length, (byte)value)).ToArbitrary(),
            (mutation, place) =>
            {
                var bytes = Mutate(mutation, place.at, place.length, place.Item3);
                var problems = ModelJson.Read(bytes).Problems;
                JsonDocument document;
                try
                {
                    document = JsonDocument.Parse(bytes);
                }
                catch (JsonException)
                {
                    return true.Label("not JSON: no tree to look paths up in");
                }

                using (document)
                {
                    var lost = problems.Where(p => !Exists(document.RootElement, p.Path) && !Exists(document.RootElement, Parent(p.Path))).ToList();
                    return (lost.Count == 0).Label(string.Join("; ", lost));
                }
            });

    /// <summary>A path's steps: <c>.name</c>, <c>[index]</c> or <c>['any name']</c> (with <c>\'</c> and <c>\\</c> escaped).</summary>
    private const string Steps = @"\.([^.\[]+)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]";

    private static string Parent(string path)
    {
        var steps = Regex.Matches(path, Steps);
        return steps.Count == 0 ? "$" : path[..steps[^1].Index];
    }

    /// <summary>Follows a JSON path of member names and indices ($.a.b[2].c or $.a['odd name']) through a parsed document.</summary>
    private static bool Exists(JsonElement element, string path)
    {
        foreach (Match step in Regex.Matches(path, Steps))
        {
            if (step.Groups[1].Success || step.Groups[3].Success)
            {
                var name = step.Groups[1].Success ? step.Groups[1].Value : Regex.Replace(step.Groups[3].Value, @"\\(.)", "$1");
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
                {
                    return false;
                }
            }
            else if (element.ValueKind != JsonValueKind.Array || int.Parse(step.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) is var index && index >= element.GetArrayLength())
            {
                return false;
            }
            else
            {
                element = element[index];
            }
        }

        return true;
    }
}
