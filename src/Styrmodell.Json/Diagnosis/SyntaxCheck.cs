using System.Text;
using System.Text.Json;

namespace Styrmodell.Json.Diagnosis;

/// <summary>Parses the bytes as JSON and, when they are not, says where and why — trailing content in plain words.</summary>
internal static class SyntaxCheck
{
    /// <summary>The parsed document, or <see langword="null"/> and the syntax problem.</summary>
    public static (JsonDocument? Document, JsonProblem? Problem) Parse(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            return (JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = JsonLimits.MaxDepth }), null);
        }
        catch (JsonException)
        {
            return (null, Trailing(bytes.Span));
        }
    }

    /// <summary>A problem when one complete JSON value is followed by more than white space.</summary>
    private static JsonProblem? Trailing(ReadOnlySpan<byte> bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = JsonLimits.MaxDepth });
        try
        {
            if (!reader.Read() || !reader.TrySkip())
            {
                return null;
            }
        }
        catch (JsonException)
        {
            return null; // the first value itself is broken: the parser's message is the right one
        }

        var end = (int)reader.BytesConsumed;
        var rest = bytes[end..];
        var skipped = rest.Length - rest.TrimStart((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']).Length;
        var (line, position) = LineAndPosition(bytes, end + skipped);
        var following = Encoding.UTF8.GetString(rest[skipped..][..Math.Min(rest.Length - skipped, 40)]);
        return new JsonProblem("$", JsonProblemCodes.InvalidJson,
            $"More content follows the end of the document: {Quoted.Text(following)}; expected nothing after the closing bracket (one document per file).",
            line, position);
    }

    /// <summary>The 1-based line and byte position of an offset, as the serializer counts them.</summary>
    public static (long Line, long Position) LineAndPosition(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var lastNewline = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n') + 1, offset - lastNewline);
    }
}
