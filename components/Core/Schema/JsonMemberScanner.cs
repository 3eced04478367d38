using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Kaws.Core;

/// <summary>
/// Lists a JSON object's members with where each value lies, without tokenizing the values: strings
/// are passed over with a vectorised search for their closing quote, brackets are counted. Reading a
/// schema used Utf8JsonReader, which validated every token of every entry only to skip it, and was most
/// of reading a schema. The vendored schemas are checked as JSON by the tests, which also hold this
/// scanner's ranges against Utf8JsonReader's.
/// </summary>
public static class JsonMemberScanner
{
    private static readonly SearchValues<byte> Structural = SearchValues.Create("\"{}[]"u8);
    private static readonly SearchValues<byte> QuoteOrEscape = SearchValues.Create("\"\\"u8);
    private static readonly SearchValues<byte> ScalarEnd = SearchValues.Create(",}] \t\r\n"u8);

    /// <summary>The members of the object at <paramref name="range"/>: each key, and the range of its value.</summary>
    /// <exception cref="JsonException">The text there is not an object of members.</exception>
    public static List<KeyValuePair<string, Range>> Members(ReadOnlySpan<byte> json, Range range)
    {
        var (offset, length) = range.GetOffsetAndLength(json.Length);
        var text = json[..(offset + length)];
        try
        {
            var members = new List<KeyValuePair<string, Range>>();
            var at = Expect(text, SkipSpace(text, offset), (byte)'{') + 1;
            at = SkipSpace(text, at);
            if (text[at] == (byte)'}')
            {
                return members;
            }

            while (true)
            {
                var keyEnd = StringEnd(text, Expect(text, at, (byte)'"'));
                var key = Decode(text[at..keyEnd]);
                var valueStart = SkipSpace(text, Expect(text, SkipSpace(text, keyEnd), (byte)':') + 1);
                var valueEnd = ValueEnd(text, valueStart);
                members.Add(KeyValuePair.Create(key, valueStart..valueEnd));
                at = SkipSpace(text, valueEnd);
                if (text[at] != (byte)',')
                {
                    Expect(text, at, (byte)'}');
                    return members;
                }

                at = SkipSpace(text, at + 1);
            }
        }
        catch (IndexOutOfRangeException)
        {
            throw new JsonException("the object ends before it is closed");
        }
    }

    /// <summary>Where the value starting at <paramref name="start"/> ends (exclusive).</summary>
    private static int ValueEnd(ReadOnlySpan<byte> json, int start)
    {
        if (json[start] == (byte)'"')
        {
            return StringEnd(json, start);
        }

        if (json[start] is not ((byte)'{' or (byte)'['))
        {
            var length = json[start..].IndexOfAny(ScalarEnd);
            return length < 0 ? json.Length : start + length;
        }

        // One bit a level, set where an array is open: a closing bracket must match what it closes.
        var depth = 0;
        var arrays = 0UL;
        for (var at = start; ;)
        {
            var next = json[at..].IndexOfAny(Structural);
            if (next < 0)
            {
                throw new JsonException($"the object or array at byte {start} is not closed");
            }

            at += next;
            switch (json[at])
            {
                case (byte)'"':
                    at = StringEnd(json, at);
                    continue;
                case (byte)'{' or (byte)'[':
                    if (depth == 64)
                    {
                        throw new JsonException($"the value at byte {start} nests deeper than 64 levels");
                    }

                    arrays = json[at] == (byte)'[' ? arrays | (1UL << depth) : arrays & ~(1UL << depth);
                    depth++;
                    break;
                default:
                    depth--;
                    var closes = (arrays & (1UL << depth)) != 0 ? (byte)']' : (byte)'}';
                    if (json[at] != closes)
                    {
                        throw new JsonException($"'{(char)json[at]}' at byte {at} closes an {(closes == (byte)']' ? "array" : "object")}");
                    }

                    if (depth == 0)
                    {
                        return at + 1;
                    }

                    break;
            }

            at++;
        }
    }

    /// <summary>Where the string whose opening quote is at <paramref name="quote"/> ends, after its closing quote.</summary>
    private static int StringEnd(ReadOnlySpan<byte> json, int quote)
    {
        for (var at = quote + 1; ;)
        {
            var next = json[at..].IndexOfAny(QuoteOrEscape);
            if (next < 0)
            {
                throw new JsonException($"the string at byte {quote} is not closed");
            }

            at += next;
            if (json[at] == (byte)'"')
            {
                return at + 1;
            }

            at += 2; // an escape and the character it escapes
        }
    }

    /// <summary>A quoted JSON string's text: most keys have no escapes and are plain UTF-8 between the quotes.</summary>
    private static string Decode(ReadOnlySpan<byte> quoted)
    {
        var inner = quoted[1..^1];
        if (!inner.Contains((byte)'\\'))
        {
            return Encoding.UTF8.GetString(inner);
        }

        var reader = new Utf8JsonReader(quoted);
        reader.Read();
        return reader.GetString()!;
    }

    private static int SkipSpace(ReadOnlySpan<byte> json, int at)
    {
        while (json[at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            at++;
        }

        return at;
    }

    private static int Expect(ReadOnlySpan<byte> json, int at, byte token) =>
        json[at] == token ? at : throw new JsonException($"expected '{(char)token}' at byte {at}, found '{(char)json[at]}'");
}
