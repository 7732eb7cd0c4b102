using System.Text;
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
}
