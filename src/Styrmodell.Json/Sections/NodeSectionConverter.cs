using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Styrmodell.Collections;
using Styrmodell.Model;

namespace Styrmodell.Json.Sections;

/// <summary>
/// Reads the "nodes" array token by token into <see cref="Node"/>s and writes it back canonically. A document's bulk is
/// its nodes, so this path allocates only what the model keeps: repeated texts (level, owner, tags) are shared, and no
/// intermediate object per node or property is made. Shape errors carry the element's own path, e.g.
/// <c>$.nodes[12].weight</c>; value problems are collected in <see cref="NodeSection.Problems"/>.
/// </summary>
/// <remarks>
/// From a stream, the serializer buffers the whole array's bytes before calling a custom converter, so reading peaks
/// at the model plus that buffer: still proportional to the model, and well below the per-property objects it replaced.
/// </remarks>
internal sealed class NodeSectionConverter : JsonConverter<NodeSection>
{
    private const int Id = 1, Level = 2, Title = 4, Description = 8, Owner = 16, Parent = 32, Weight = 64, Tags = 128, Contributions = 256;

    public override NodeSection Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new SectionException("$.nodes", "'nodes' must be an array of node objects.");
        }

        var section = new List<Node?>();
        var problems = new List<JsonProblem>();
        var unknown = new List<string>();
        var shared = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        for (var index = 0; ; index++)
        {
            var at = new Where(index);
            Next(ref reader, at);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw NotConvertible(at, "a node is an object");
            }

            section.Add(ReadNode(ref reader, at, shared, problems, unknown));
        }

        var result = new NodeSection(section);
        result.Problems.AddRange(problems);
        result.UnknownProperties.AddRange(unknown);
        return result;
    }

    private static Node? ReadNode(
        ref Utf8JsonReader reader, Where at, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> shared, List<JsonProblem> problems, List<string> unknown)
    {
        string? id = null, level = null, title = null, description = null, owner = null, parent = null;
        double? weight = null;
        EquatableArray<NodeTag> tags = default;
        EquatableArray<Contribution> contributions = default;
        var seen = 0;
        var valid = true;
        while (true)
        {
            Next(ref reader, at);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var member = reader.ValueTextEquals("id"u8) ? Id
                : reader.ValueTextEquals("level"u8) ? Level
                : reader.ValueTextEquals("title"u8) ? Title
                : reader.ValueTextEquals("description"u8) ? Description
                : reader.ValueTextEquals("owner"u8) ? Owner
                : reader.ValueTextEquals("parent"u8) ? Parent
                : reader.ValueTextEquals("weight"u8) ? Weight
                : reader.ValueTextEquals("tags"u8) ? Tags
                : reader.ValueTextEquals("contributions"u8) ? Contributions
                : 0;
            if (member == 0)
            {
                unknown.Add(at.In(reader.GetString()!).ToString());
                Skip(ref reader, at);
                continue;
            }

            var here = at.In(NameOf(member));
            if ((seen & member) != 0)
            {
                throw new SectionException(here.ToString(), $"Duplicate property '{here.Member}' in a node object.");
            }

            seen |= member;
            Next(ref reader, here);
            switch (member)
            {
                case Id: id = Text(ref reader, here, required: true); break;
                case Level: level = Shared(ref reader, here, shared, required: true); break;
                case Title: title = Text(ref reader, here, required: true); break;
                case Description: description = Text(ref reader, here, required: false); break;
                case Owner: owner = Shared(ref reader, here, shared, required: false); break;
                case Parent: parent = Text(ref reader, here, required: false); break;
                case Weight: weight = Number(ref reader, here); break;
                case Tags: valid &= ReadTags(ref reader, at, shared, problems, unknown, out tags); break;
                default: contributions = ReadContributions(ref reader, at, unknown); break;
            }
        }

        var missing = (seen & Id) == 0 ? "id" : (seen & Level) == 0 ? "level" : (seen & Title) == 0 ? "title" : null;
        if (missing is not null)
        {
            throw new SectionException(at.ToString(), $"A node object was missing required properties including: '{missing}'.");
        }

        return valid
            ? new Node(id!, level!, title!)
            {
                Description = description, OwnerId = owner, ParentId = parent, Weight = weight ?? 1.0, Tags = tags, Contributions = contributions,
            }
            : null;
    }

    private static bool ReadTags(
        ref Utf8JsonReader reader, Where node, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> shared,
        List<JsonProblem> problems, List<string> unknown, out EquatableArray<NodeTag> tags)
    {
        tags = default;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        var items = new List<NodeTag>();
        var valid = true;
        for (var k = 0; ReadElement(ref reader, node with { Array = "tags", Element = k }); k++)
        {
            var at = node with { Array = "tags", Element = k };
            string? scheme = null, value = null;
            for (int m; (m = ReadMember(ref reader, at, "scheme"u8, "value"u8, unknown)) != 0;)
            {
                var here = at.In(m == 1 ? "scheme" : "value");
                if ((m == 1 ? scheme : value) is not null)
                {
                    throw new SectionException(here.ToString(), $"Duplicate property '{here.Member}' in a tag object.");
                }

                var text = Shared(ref reader, here, shared, required: true);
                (m == 1 ? ref scheme : ref value) = text;
            }

            if (scheme is null || value is null)
            {
                throw new SectionException(at.ToString(), $"A tag object was missing required properties including: '{(scheme is null ? "scheme" : "value")}'.");
            }

            if (string.IsNullOrWhiteSpace(scheme) || string.IsNullOrWhiteSpace(value))
            {
                problems.Add(new(at.ToString(), JsonProblemCodes.InvalidValue, "A tag's scheme and value must not be empty."));
                valid = false;
                continue;
            }

            items.Add(new NodeTag(scheme, value));
        }

        tags = [.. items];
        return valid;
    }

    private static EquatableArray<Contribution> ReadContributions(ref Utf8JsonReader reader, Where node, List<string> unknown)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        var items = new List<Contribution>();
        for (var k = 0; ReadElement(ref reader, node with { Array = "contributions", Element = k }); k++)
        {
            var at = node with { Array = "contributions", Element = k };
            string? target = null;
            double? weight = null;
            var seenWeight = false;
            for (int m; (m = ReadMember(ref reader, at, "target"u8, "weight"u8, unknown)) != 0;)
            {
                var here = at.In(m == 1 ? "target" : "weight");
                if (m == 1 ? target is not null : seenWeight)
                {
                    throw new SectionException(here.ToString(), $"Duplicate property '{here.Member}' in a contribution object.");
                }

                if (m == 1)
                {
                    target = Text(ref reader, here, required: true);
                }
                else
                {
                    seenWeight = true;
                    weight = Number(ref reader, here);
                }
            }

            items.Add(new Contribution(target ?? throw new SectionException(at.ToString(), "A contribution object was missing required properties including: 'target'."), weight ?? 1.0));
        }

        return [.. items]; // the values (target exists, weight finite) are checked by the model's validation, with their paths
    }

    /// <summary>Moves to the next element of the array the reader is in (or at); false at its end.</summary>
    private static bool ReadElement(ref Utf8JsonReader reader, Where at)
    {
        if (at.Element == 0 && reader.TokenType != JsonTokenType.StartArray)
        {
            throw NotConvertible(at with { Element = -1 }, $"'{at.Array}' is an array");
        }

        Next(ref reader, at);
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return false;
        }

        return reader.TokenType == JsonTokenType.StartObject ? true : throw NotConvertible(at, "each element is an object");
    }

    /// <summary>
    /// Moves to the value of the next known property of a small object: 1 for <paramref name="first"/>, 2 for
    /// <paramref name="second"/>, 0 at the object's end. Unknown properties are recorded and skipped.
    /// </summary>
    private static int ReadMember(ref Utf8JsonReader reader, Where at, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, List<string> unknown)
    {
        while (true)
        {
            Next(ref reader, at);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return 0;
            }

            var member = reader.ValueTextEquals(first) ? 1 : reader.ValueTextEquals(second) ? 2 : 0;
            if (member != 0)
            {
                Next(ref reader, at);
                return member;
            }

            unknown.Add(at.In(reader.GetString()!).ToString());
            Skip(ref reader, at);
        }
    }

    private static string? Text(ref Utf8JsonReader reader, Where at, bool required) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null when !required => null,
        JsonTokenType.Null => throw new SectionException(at.ToString(), $"'{at.Member}' must not be null."),
        _ => throw NotConvertible(at, $"'{at.Member}' is a string"),
    };

    /// <summary>Reads a text that recurs across nodes, returning one shared instance per distinct value.</summary>
    private static string? Shared(
        ref Utf8JsonReader reader, Where at, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> shared, bool required)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return Text(ref reader, at, required);
        }

        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        char[]? rented = null;
        var buffer = length <= 64 ? stackalloc char[64] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            var chars = buffer[..reader.CopyString(buffer)];
            if (!shared.TryGetValue(chars, out var text))
            {
                text = chars.ToString();
                shared.Dictionary.Add(text, text);
            }

            return text;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static double? Number(ref Utf8JsonReader reader, Where at) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number when reader.TryGetDouble(out var value) => value,
        _ => throw NotConvertible(at, $"'{at.Member}' is a number"),
    };

    private static void Next(ref Utf8JsonReader reader, Where at)
    {
        try
        {
            if (!reader.Read())
            {
                throw new SectionException(at.ToString(), "The document ends inside the nodes.");
            }
        }
        catch (JsonException e)
        {
            throw new SectionException(at.ToString(), WithoutPosition(e.Message), e.LineNumber, e.BytePositionInLine);
        }
    }

    private static void Skip(ref Utf8JsonReader reader, Where at)
    {
        try
        {
            reader.Skip();
        }
        catch (JsonException e)
        {
            throw new SectionException(at.ToString(), WithoutPosition(e.Message), e.LineNumber, e.BytePositionInLine);
        }
    }

    /// <summary>The reader's message without its zero-based position, which the problem gives one-based.</summary>
    private static string WithoutPosition(string message) => message.Split(" LineNumber:")[0];

    private static SectionException NotConvertible(Where at, string expected) =>
        new(at.ToString(), $"The JSON value could not be converted to a node object: {expected}.");

    private static string NameOf(int member) => member switch
    {
        Id => "id", Level => "level", Title => "title", Description => "description", Owner => "owner",
        Parent => "parent", Weight => "weight", Tags => "tags", _ => "contributions",
    };

    /// <summary>Where the reader is: a node, optionally an element of one of its arrays, optionally a member; a path only when an error needs one.</summary>
    private readonly record struct Where(int Index, string? Array = null, int Element = -1, string? Member = null)
    {
        public Where In(string member) => this with { Member = member };

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"$.nodes[{Index}]{(Array is null ? "" : "." + Array)}{(Element >= 0 ? $"[{Element}]" : "")}{(Member is null ? "" : "." + Member)}");
    }

    public override void Write(Utf8JsonWriter writer, NodeSection value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var node in value.Nodes)
        {
            WriteNode(writer, node!);
        }

        writer.WriteEndArray();
    }

    private static void WriteNode(Utf8JsonWriter writer, Node node)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, node.Id);
        writer.WriteString("level"u8, node.LevelId);
        writer.WriteString("title"u8, node.Title);
        WriteIfGiven(writer, "description"u8, node.Description);
        WriteIfGiven(writer, "owner"u8, node.OwnerId);
        WriteIfGiven(writer, "parent"u8, node.ParentId);
        if (node.Weight != 1.0)
        {
            writer.WriteNumber("weight"u8, node.Weight);
        }

        if (!node.Tags.IsEmpty)
        {
            writer.WriteStartArray("tags"u8);
            foreach (var tag in node.Tags)
            {
                writer.WriteStartObject();
                writer.WriteString("scheme"u8, tag.Scheme);
                writer.WriteString("value"u8, tag.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!node.Contributions.IsEmpty)
        {
            writer.WriteStartArray("contributions"u8);
            foreach (var contribution in node.Contributions)
            {
                writer.WriteStartObject();
                writer.WriteString("target"u8, contribution.TargetId);
                if (contribution.Weight != 1.0)
                {
                    writer.WriteNumber("weight"u8, contribution.Weight);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteIfGiven(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
