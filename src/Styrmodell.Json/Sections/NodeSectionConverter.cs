using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Styrmodell.Collections;
using Styrmodell.Model;
using Styrmodell.Sources;

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
    // Node members are bits (for the duplicate check); the members of tag and contribution objects follow.
    private const int Id = 1, Level = 2, Title = 4, Description = 8, Owner = 16, Parent = 32, Weight = 64, Tags = 128, Contributions = 256;
    private const int Scheme = 512, Value = 1024, Target = 2048, LinkWeight = 4096;
    private const int ProvenanceMember = 8192, Illustrative = 16384, Source = 32768;

    public override NodeSection Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new SectionException("$.nodes", "'nodes' must be an array of node objects.");
        }

        var state = new ReadState();
        var at = new Where(0);
        try
        {
            for (var index = 0; ; index++)
            {
                at = new Where(index);
                Next(ref reader, at);
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    break;
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw NotConvertible(at, "a node is an object");
                }

                state.Nodes.Add(ReadNode(ref reader, ref at, state));
            }
        }
        catch (JsonException e)
        {
            // The reader's own errors (malformed JSON, a document cut short) at the innermost place reached.
            throw new SectionException(at.ToString(), WithoutPosition(e.Message), e.LineNumber, e.BytePositionInLine);
        }

        var result = new NodeSection(state.Nodes);
        result.Problems.AddRange(state.Problems);
        result.UnknownProperties.AddRange(state.Unknown);
        result.RejectedIds.AddRange(state.RejectedIds);
        return result;
    }

    private static Node? ReadNode(ref Utf8JsonReader reader, ref Where at, ReadState state)
    {
        var node = at;
        string? id = null, level = null, title = null, description = null, owner = null, parent = null;
        double? weight = null;
        EquatableArray<NodeTag> tags = default;
        EquatableArray<Contribution> contributions = default;
        Provenance? provenance = null;
        var seen = 0;
        var valid = true;
        while (true)
        {
            at = node;
            Next(ref reader, at);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var member = MemberOf(ref reader);
            if (member == 0)
            {
                state.Unknown.Add(at.PathTo(reader.GetString()!));
                SkipValue(ref reader);
                continue;
            }

            at = node.In(member);
            if ((seen & member) != 0)
            {
                throw new SectionException(at.ToString(), $"Duplicate property '{at.MemberName}' in a node object.");
            }

            seen |= member;
            Next(ref reader, at);
            switch (member)
            {
                case Id: id = Text(ref reader, at, required: true); break;
                case Level: level = Shared(ref reader, at, state.Texts, required: true); break;
                case Title: title = Text(ref reader, at, required: true); break;
                case Description: description = Text(ref reader, at, required: false); break;
                case Owner: owner = Shared(ref reader, at, state.Texts, required: false); break;
                case Parent: parent = Text(ref reader, at, required: false); break;
                case Weight: weight = Number(ref reader, at); break;
                case Tags: valid &= ReadTags(ref reader, ref at, state, out tags); break;
                case Contributions: contributions = ReadContributions(ref reader, ref at, state); break;
                default: provenance = ReadProvenance(ref reader, ref at, state); break;
            }
        }

        var missing = (seen & Id) == 0 ? "id" : (seen & Level) == 0 ? "level" : (seen & Title) == 0 ? "title" : null;
        if (missing is not null)
        {
            throw new SectionException(node.ToString(), $"A node object was missing required properties including: '{missing}'.");
        }

        if (!valid)
        {
            state.RejectedIds.Add(id!); // the node is left out; the reader still checks the rest without it
            return null;
        }

        return new Node(id!, level!, title!)
        {
            Description = description, OwnerId = owner, ParentId = parent, Weight = weight ?? 1.0, Tags = tags, Contributions = contributions,
            Provenance = provenance ?? LegacyIllustrative.Of(description),
        };
    }

    /// <summary>The node property the reader is at, by its UTF-8 name; 0 for a name the format does not define.</summary>
    private static int MemberOf(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return MemberOfEscaped(ref reader);
        }

        var name = reader.ValueSpan;
        return name.Length switch
        {
            2 => name.SequenceEqual("id"u8) ? Id : 0,
            4 => name.SequenceEqual("tags"u8) ? Tags : 0,
            5 => name.SequenceEqual("level"u8) ? Level : name.SequenceEqual("title"u8) ? Title : name.SequenceEqual("owner"u8) ? Owner : 0,
            6 => name.SequenceEqual("parent"u8) ? Parent : name.SequenceEqual("weight"u8) ? Weight : 0,
            10 => name.SequenceEqual("provenance"u8) ? ProvenanceMember : 0,
            11 => name.SequenceEqual("description"u8) ? Description : 0,
            13 => name.SequenceEqual("contributions"u8) ? Contributions : 0,
            _ => 0,
        };
    }

    private static int MemberOfEscaped(ref Utf8JsonReader reader)
    {
        for (var member = Id; member <= Contributions; member <<= 1)
        {
            if (reader.ValueTextEquals(NameOf(member)))
            {
                return member;
            }
        }

        return reader.ValueTextEquals("provenance"u8) ? ProvenanceMember : 0;
    }

    private static bool ReadTags(ref Utf8JsonReader reader, ref Where at, ReadState state, out EquatableArray<NodeTag> tags)
    {
        tags = default;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        var node = at with { Member = 0 };
        var items = state.TagBuffer;
        items.Clear();
        var valid = true;
        for (var k = 0; ReadElement(ref reader, at = node with { Array = Tags, Element = k }); k++)
        {
            var element = at;
            string? scheme = null, value = null;
            for (int m; (m = ReadMember(ref reader, ref at, element, (Scheme, Value), "scheme"u8, "value"u8, state.Unknown)) != 0;)
            {
                if ((m == Scheme ? scheme : value) is not null)
                {
                    throw new SectionException(at.ToString(), $"Duplicate property '{at.MemberName}' in a tag object.");
                }

                var text = Shared(ref reader, at, state.Texts, required: true);
                (m == Scheme ? ref scheme : ref value) = text;
            }

            if (scheme is null || value is null)
            {
                throw new SectionException(element.ToString(), $"A tag object was missing required properties including: '{(scheme is null ? "scheme" : "value")}'.");
            }

            if (string.IsNullOrWhiteSpace(scheme) || string.IsNullOrWhiteSpace(value))
            {
                state.Problems.Add(new(element.ToString(), JsonProblemCodes.InvalidValue, "A tag's scheme and value must not be empty."));
                valid = false;
                continue;
            }

            items.Add(new NodeTag(scheme, value));
        }

        tags = [.. items];
        return valid;
    }

    private static EquatableArray<Contribution> ReadContributions(ref Utf8JsonReader reader, ref Where at, ReadState state)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        var node = at with { Member = 0 };
        var items = state.ContributionBuffer;
        items.Clear();
        for (var k = 0; ReadElement(ref reader, at = node with { Array = Contributions, Element = k }); k++)
        {
            var element = at;
            string? target = null;
            double? weight = null;
            var seenWeight = false;
            for (int m; (m = ReadMember(ref reader, ref at, element, (Target, LinkWeight), "target"u8, "weight"u8, state.Unknown)) != 0;)
            {
                if (m == Target ? target is not null : seenWeight)
                {
                    throw new SectionException(at.ToString(), $"Duplicate property '{at.MemberName}' in a contribution object.");
                }

                if (m == Target)
                {
                    target = Text(ref reader, at, required: true);
                }
                else
                {
                    seenWeight = true;
                    weight = Number(ref reader, at);
                }
            }

            items.Add(new Contribution(target ?? throw new SectionException(element.ToString(), "A contribution object was missing required properties including: 'target'."), weight ?? 1.0));
        }

        return [.. items]; // the values (target exists, weight finite) are checked by the model's validation, with their paths
    }

    /// <summary>Reads a node's provenance object: whether it is illustrative, and where it comes from.</summary>
    private static Provenance? ReadProvenance(ref Utf8JsonReader reader, ref Where at, ReadState state)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw NotConvertible(at, "'provenance' is an object");
        }

        var element = at with { Array = ProvenanceMember, Member = 0 };
        bool? illustrative = null;
        string? source = null;
        var seen = 0;
        for (int m; (m = ReadMember(ref reader, ref at, element, (Illustrative, Source), "illustrative"u8, "source"u8, state.Unknown)) != 0;)
        {
            if ((seen & m) != 0)
            {
                throw new SectionException(at.ToString(), $"Duplicate property '{at.MemberName}' in a provenance object.");
            }

            seen |= m;
            if (m == Source)
            {
                source = Text(ref reader, at, required: false);
            }
            else
            {
                illustrative = reader.TokenType switch
                {
                    JsonTokenType.True => true,
                    JsonTokenType.False => false,
                    _ => throw NotConvertible(at, "'illustrative' is true or false"),
                };
            }
        }

        return ProvenanceOf.Parts(illustrative ?? false, source);
    }

    /// <summary>Moves to the next element of the array the reader is in (or at); false at its end.</summary>
    private static bool ReadElement(ref Utf8JsonReader reader, Where at)
    {
        if (at.Element == 0 && reader.TokenType != JsonTokenType.StartArray)
        {
            throw NotConvertible(at with { Element = -1 }, $"'{NameOf(at.Array)}' is an array");
        }

        Next(ref reader, at);
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return false;
        }

        return reader.TokenType == JsonTokenType.StartObject ? true : throw NotConvertible(at, "each element is an object");
    }

    /// <summary>
    /// Moves to the value of the next known property of a small object and returns its code, one of
    /// <paramref name="members"/>, named <paramref name="first"/> and <paramref name="second"/>; 0 at the object's end.
    /// <paramref name="at"/> follows the reader. Unknown properties are recorded and skipped.
    /// </summary>
    private static int ReadMember(
        ref Utf8JsonReader reader, ref Where at, Where element, (int First, int Second) members, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, List<string> unknown)
    {
        while (true)
        {
            at = element;
            Next(ref reader, at);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return 0;
            }

            var member = reader.ValueTextEquals(first) ? members.First : reader.ValueTextEquals(second) ? members.Second : 0;
            if (member != 0)
            {
                at = element.In(member);
                Next(ref reader, at);
                return member;
            }

            unknown.Add(element.PathTo(reader.GetString()!));
            SkipValue(ref reader);
        }
    }

    /// <summary>
    /// Skips an unknown property's value. The serializer reads the whole array ahead before calling this converter, so
    /// the value is always there; <c>Skip</c> would still refuse it when reading a stream, whose reader is never final.
    /// </summary>
    private static void SkipValue(ref Utf8JsonReader reader)
    {
        if (!reader.TrySkip())
        {
            throw new JsonException("The document ends inside a value.");
        }
    }

    private static string? Text(ref Utf8JsonReader reader, Where at, bool required) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null when !required => null,
        JsonTokenType.Null => throw new SectionException(at.ToString(), $"'{at.MemberName}' must not be null."),
        _ => throw NotConvertible(at, $"'{at.MemberName}' is a string"),
    };

    private static string? Shared(ref Utf8JsonReader reader, Where at, SharedTexts texts, bool required) =>
        reader.TokenType == JsonTokenType.String ? texts.Get(ref reader) : Text(ref reader, at, required);

    private static double? Number(ref Utf8JsonReader reader, Where at) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number when reader.TryGetDouble(out var value) => value,
        _ => throw NotConvertible(at, $"'{at.MemberName}' is a number"),
    };

    /// <summary>Moves to the next token; the reader's own errors are turned into problems by <see cref="Read"/>.</summary>
    private static void Next(ref Utf8JsonReader reader, Where at)
    {
        if (!reader.Read())
        {
            throw new SectionException(at.ToString(), "The document ends inside the nodes.");
        }
    }

    /// <summary>The reader's message without its zero-based position, which the problem gives one-based.</summary>
    private static string WithoutPosition(string message) => message.Split(" LineNumber:")[0];

    private static SectionException NotConvertible(Where at, string expected) =>
        new(at.ToString(), $"The JSON value could not be converted to a node object: {expected}.");

    private static string NameOf(int member) => member switch
    {
        Id => "id", Level => "level", Title => "title", Description => "description", Owner => "owner",
        Parent => "parent", Weight or LinkWeight => "weight", Tags => "tags", Contributions => "contributions",
        Scheme => "scheme", Value => "value", ProvenanceMember => "provenance", Illustrative => "illustrative", Source => "source", _ => "target",
    };

    /// <summary>
    /// Where the reader is: a node, optionally an element of one of its arrays, optionally a member, all as numbers
    /// (no references, so moving it costs no write barrier); a path is made only when an error needs one.
    /// </summary>
    private readonly record struct Where(int Index, int Array = 0, int Element = -1, int Member = 0)
    {
        public string MemberName => NameOf(Member);

        public Where In(int member) => this with { Member = member };

        /// <summary>The path of a property the format does not define, in the object the reader is in.</summary>
        public string PathTo(string name) => JsonPath.Member((this with { Member = 0 }).ToString(), name);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"$.nodes[{Index}]{(Array == 0 ? "" : "." + NameOf(Array))}{(Element >= 0 ? $"[{Element}]" : "")}{(Member == 0 ? "" : "." + NameOf(Member))}");
    }

    /// <summary>What reading the array collects, and the buffers and text caches its elements reuse.</summary>
    private sealed class ReadState
    {
        public List<Node?> Nodes { get; } = [];

        public List<JsonProblem> Problems { get; } = [];

        public List<string> Unknown { get; } = [];

        public List<string> RejectedIds { get; } = [];

        public SharedTexts Texts { get; } = new();

        public List<NodeTag> TagBuffer { get; } = [];

        public List<Contribution> ContributionBuffer { get; } = [];
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

        if (ProvenanceOf.MustWrite(node.Provenance, node.Description))
        {
            writer.WritePropertyName("provenance"u8);
            ProvenanceOf.Write(writer, node.Provenance);
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
