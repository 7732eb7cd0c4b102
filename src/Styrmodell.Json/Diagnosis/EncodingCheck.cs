using System.Buffers;
using System.Text;

namespace Styrmodell.Json.Diagnosis;

/// <summary>
/// Names what the bytes are when they cannot be a UTF-8 document at all: empty, or UTF-16/UTF-32 (which a text editor
/// may save by default). The serializer would say "'0xFF' is an invalid start of a value", which points nowhere useful.
/// </summary>
internal static class EncodingCheck
{
    /// <summary>The UTF-8 byte-order mark, which RFC 8259 lets a reader ignore; the reader does.</summary>
    public static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>What is wrong with the encoding, or <see langword="null"/> when the bytes may be UTF-8.</summary>
    public static string? Problem(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']).IsEmpty || bytes.SequenceEqual(Utf8Bom))
        {
            return "The document is empty; expected a JSON object, starting with '{'.";
        }

        var encoding = bytes switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => "UTF-32 (little-endian, with a byte-order mark)",
            [0x00, 0x00, 0xFE, 0xFF, ..] => "UTF-32 (big-endian, with a byte-order mark)",
            [0xFF, 0xFE, ..] => "UTF-16 (little-endian, with a byte-order mark)",
            [0xFE, 0xFF, ..] => "UTF-16 (big-endian, with a byte-order mark)",
            // JSON text starts with an ASCII character, so zero bytes around the first one give the encoding away (RFC 4627, section 3).
            [not 0x00, 0x00, 0x00, 0x00, ..] => "UTF-32 (little-endian)",
            [0x00, 0x00, 0x00, not 0x00, ..] => "UTF-32 (big-endian)",
            [not 0x00, 0x00, ..] => "UTF-16 (little-endian)",
            [0x00, not 0x00, ..] => "UTF-16 (big-endian)",
            _ => null,
        };
        return encoding is not null
            ? $"The document is encoded as {encoding}; the format is UTF-8. Save it as UTF-8 (without a byte-order mark)."
            : null;
    }

    /// <summary>The offset of the first byte that is not UTF-8, or −1 when every byte is.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        for (var offset = 0; offset < bytes.Length;)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) == OperationStatus.InvalidData)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }
}
