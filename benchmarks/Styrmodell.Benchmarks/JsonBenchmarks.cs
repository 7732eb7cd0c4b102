using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Styrmodell.Benchmarks.Generation;
using Styrmodell.Json;
using Styrmodell.Model;

namespace Styrmodell.Benchmarks;

/// <summary>
/// Reading and writing a generated document of about 100 MB against a raw <see cref="Utf8JsonReader"/> token scan
/// of the same bytes in the same run. Target (issue 7): reading at ≥ 1/3 of the scan's throughput (ratio ≤ 3).
/// Two floors show what any reader into this object model pays before checking anything: the objects the model keeps,
/// and with them the least reference check (an id map and one look-up per parent).
/// </summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private byte[] _document = null!;
    private SteeringModel _model = null!;

    /// <summary>Gets or sets the number of nodes (about 108 bytes each in compact JSON: 930,000 make about 100 MB).</summary>
    [Params(930_000)]
    public int Nodes { get; set; }

    /// <summary>Builds the model and its compact document once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _model = ModelGenerator.Generate(Nodes).Build();
        _document = ModelJson.ToUtf8Bytes(_model);
        Console.WriteLine($"// document: {_document.Length / 1_000_000.0:F1} MB");

        // The floors must do the work they stand for: every node read, every parent found.
        var floor = AllocationFloor();
        if (floor.Count != Nodes || !floor.Select(n => (n.Id, n.LevelId, n.Title, n.OwnerId, n.ParentId)).SequenceEqual(_model.Nodes.Select(n => (n.Id, n.LevelId, n.Title, n.OwnerId, n.ParentId)))
            || ReferenceFloor() != _model.Nodes.Count(n => n.ParentId is not null))
        {
            throw new InvalidOperationException("The floor benchmarks do not read what the document holds.");
        }
    }

    /// <summary>The least any reader does: visit every token.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark(Baseline = true)]
    public int TokenScan()
    {
        var reader = new Utf8JsonReader(_document);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    /// <summary>
    /// A lower bound, not a reader: scans the tokens and allocates only what a model of these nodes keeps — id, title
    /// and parent strings and one <see cref="Node"/> each (level and owner texts shared) — checking nothing.
    /// </summary>
    /// <returns>The nodes.</returns>
    [Benchmark]
    public List<Node> AllocationFloor() => ReadNodesUnchecked(_document);

    /// <summary>The allocation floor plus the least reference check: an id map and one look-up per parent.</summary>
    /// <returns>The number of parents found.</returns>
    [Benchmark]
    public int ReferenceFloor()
    {
        var nodes = ReadNodesUnchecked(_document);
        var ids = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            ids.TryAdd(nodes[i].Id, i);
        }

        var found = 0;
        foreach (var node in nodes)
        {
            found += node.ParentId is { } parent && ids.ContainsKey(parent) ? 1 : 0;
        }

        return found;
    }

    /// <summary>Reads, validates and builds the model.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ReadResult Read() => ModelJson.Read(_document);

    /// <summary>Writes the model as a canonical compact document.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    public byte[] Write() => ModelJson.ToUtf8Bytes(_model);

    private static List<Node> ReadNodesUnchecked(byte[] document)
    {
        var reader = new Utf8JsonReader(document);
        var nodes = new List<Node>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        while (reader.Read() && !(reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("nodes"u8)))
        {
        }

        reader.Read(); // to the array
        string? id = null, level = null, title = null, owner = null, parent = null;
        while (reader.Read() && reader.CurrentDepth >= 2)
        {
            if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 2)
            {
                nodes.Add(new Node(id!, level!, title!) { OwnerId = owner, ParentId = parent });
                owner = parent = null;
            }
            else if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 3)
            {
                var member = reader.ValueTextEquals("id"u8) ? 1 : reader.ValueTextEquals("title"u8) ? 2 : reader.ValueTextEquals("parent"u8) ? 3
                    : reader.ValueTextEquals("level"u8) ? 4 : reader.ValueTextEquals("owner"u8) ? 5 : 0;
                reader.Read(); // to the value; the tokens of tags and contributions are passed over below
                switch (member)
                {
                    case 1: id = reader.GetString(); break;
                    case 2: title = reader.GetString(); break;
                    case 3: parent = reader.GetString(); break;
                    case 4: level = Shared(ref reader, texts); break;
                    case 5: owner = Shared(ref reader, texts); break;
                }
            }
        }

        return nodes;
    }

    /// <summary>One instance per distinct short text (the generated level and owner ids are under 64 characters).</summary>
    private static string Shared(ref Utf8JsonReader reader, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> texts)
    {
        Span<char> buffer = stackalloc char[64];
        var chars = buffer[..reader.CopyString(buffer)];
        if (!texts.TryGetValue(chars, out var text))
        {
            text = chars.ToString();
            texts.Dictionary.Add(text, text);
        }

        return text;
    }
}
