using System.Buffers;
using System.Text.Json;

namespace Styrmodell.Json.Sections;

/// <summary>
/// Gives one string instance per distinct text read. A document repeats its level ids, owner ids and tag texts across
/// thousands of nodes, and the model keeps every one, so each distinct text is allocated once.
/// </summary>
internal sealed class SharedTexts
{
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _texts =
        new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns the shared instance of the string value the reader is at.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        char[]? rented = null;
        var buffer = length <= 64 ? stackalloc char[64] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            var chars = buffer[..reader.CopyString(buffer)];
            if (!_texts.TryGetValue(chars, out var text))
            {
                text = chars.ToString();
                _texts.Dictionary.Add(text, text);
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
}
