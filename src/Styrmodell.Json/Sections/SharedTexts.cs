using System.Buffers;
using System.Text.Json;

namespace Styrmodell.Json.Sections;

/// <summary>
/// Gives one string instance per distinct text read. A document repeats its level ids, owner ids and tag texts across
/// thousands of nodes, and the model keeps every one, so each distinct text is allocated once. The last text is
/// checked first, by its UTF-8 bytes: nodes of one level or one owner tend to come together.
/// </summary>
internal sealed class SharedTexts
{
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _texts =
        new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private byte[] _lastUtf8 = new byte[64];
    private int _lastLength = -1;
    private string _last = "";

    /// <summary>Returns the shared instance of the string value the reader is at.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        var plain = !reader.ValueIsEscaped && !reader.HasValueSequence;
        if (plain && _lastLength >= 0 && reader.ValueSpan.SequenceEqual(_lastUtf8.AsSpan(0, _lastLength)))
        {
            return _last;
        }

        var text = Lookup(ref reader);
        if (plain)
        {
            Remember(reader.ValueSpan, text);
        }

        return text;
    }

    private void Remember(ReadOnlySpan<byte> utf8, string text)
    {
        if (utf8.Length > _lastUtf8.Length)
        {
            _lastUtf8 = new byte[utf8.Length];
        }

        utf8.CopyTo(_lastUtf8);
        _lastLength = utf8.Length;
        _last = text;
    }

    private string Lookup(ref Utf8JsonReader reader)
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
