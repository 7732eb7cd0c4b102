using System.Globalization;
using System.Text.Json;

namespace Styrmodell.Json.Diagnosis;

/// <summary>
/// Walks a document's tokens keeping the JSON path of each, to give a problem found on the parsed tree its line and
/// position, and a byte offset (a bad UTF-8 byte) its path.
/// </summary>
internal static class JsonPositions
{
    /// <summary>The line and position of the value at each of <paramref name="paths"/> that the document holds.</summary>
    public static Dictionary<string, (long Line, long Position)> Of(ReadOnlyMemory<byte> bytes, IReadOnlySet<string> paths)
    {
        var found = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        Walk(bytes, (path, start) =>
        {
            if (paths.Contains(path))
            {
                found[path] = SyntaxCheck.LineAndPosition(bytes.Span, start); // the value, read after its name, wins
            }

            return true;
        });
        return found;
    }

    /// <summary>The path of the value or property name that holds byte <paramref name="offset"/>; "$" when none does.</summary>
    public static string PathAt(ReadOnlyMemory<byte> bytes, int offset)
    {
        var at = "$";
        Walk(bytes, (path, start) =>
        {
            if (start > offset)
            {
                return false;
            }

            at = path;
            return true;
        });
        return at;
    }

    private delegate bool Visit(string path, int start);

    private static void Walk(ReadOnlyMemory<byte> bytes, Visit visit)
    {
        var reader = new Utf8JsonReader(bytes.Span, isFinalBlock: true, default);
        var frames = new Stack<Frame>();
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var frame = frames.Peek();
                        frame.Property = reader.GetString();
                        if (!visit(JsonPath.Member(frame.Path, frame.Property!), start))
                        {
                            return;
                        }

                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    default:
                        var path = frames.Count == 0 ? "$" : frames.Peek().Next();
                        if (!visit(path, start))
                        {
                            return;
                        }

                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        {
                            frames.Push(new Frame(path));
                        }

                        break;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // A broken byte or token ends the walk where it is: the paths up to there are what the caller needs.
        }
    }

    private sealed class Frame(string path)
    {
        private int _index;

        public string Path { get; } = path;

        public string? Property { get; set; }

        /// <summary>The path of the next value in this object (its property) or array (its next index).</summary>
        public string Next() => Property is { } name ? JsonPath.Member(Path, name) : string.Create(CultureInfo.InvariantCulture, $"{Path}[{_index++}]");
    }
}
