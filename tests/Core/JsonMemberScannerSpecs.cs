using System.Text;
using System.Text.Json;
using Kaws.Core;
using Kaws.Tests.Support;

namespace Kaws.Tests.Core;

/// <summary>The schema index scanner, held against Utf8JsonReader: the same keys and the same value ranges.</summary>
public sealed class JsonMemberScannerSpecs
{
    [Theory]
    [InlineData("aws")]
    [InlineData("kubernetes")]
    [InlineData("random")]
    [InlineData("tls")]
    public void Every_member_of_a_vendored_schema_and_of_its_sections_lies_where_utf8jsonreader_finds_it(string package)
    {
        var json = File.ReadAllBytes(Path.Combine(RepositoryRoot.Find(), "components/Providers/schema", $"{package}.json"));

        var root = JsonMemberScanner.Members(json, ..);

        Assert.Equal(ReferenceMembers(json, ..), root);
        foreach (var section in root.Select(member => member.Value).Where(value => json[value.Start] == (byte)'{'))
        {
            Assert.Equal(ReferenceMembers(json, section), JsonMemberScanner.Members(json, section));
        }
    }

    [Fact]
    public void Strings_with_escapes_and_brackets_numbers_literals_and_nesting_are_passed_over_whole()
    {
        const string Text = """
            {
              "plain": "a } ] { [ inside",
              "esc\"aped\\key\u00e9": "quote \" backslash \\ slash \/ end\\",
              "number": -12.5e3,
              "yes": true, "no": false, "none": null,
              "nested": {"a": [1, {"b": "}"}, []], "c": {}},
              "empty": {},
              "list": []
            }
            """;
        var json = Encoding.UTF8.GetBytes(Text);

        var members = JsonMemberScanner.Members(json, ..);

        Assert.Equal(ReferenceMembers(json, ..), members);
        Assert.Equal(["plain", "esc\"aped\\keyé", "number", "yes", "no", "none", "nested", "empty", "list"], members.Select(member => member.Key));
        Assert.Equal("""{"a": [1, {"b": "}"}, []], "c": {}}""", Encoding.UTF8.GetString(json[members[6].Value]));
        Assert.Equal("-12.5e3", Encoding.UTF8.GetString(json[members[2].Value]));
        Assert.Empty(JsonMemberScanner.Members(json, members[7].Value));
    }

    [Theory]
    [InlineData("""{"a": 1""", "the object ends before it is closed")]
    [InlineData("""{"a": {"b": 1}""", "the object ends before it is closed")]
    [InlineData("""{"a": "unclosed}""", "the string at byte 6 is not closed")]
    [InlineData("""{"a": [1, 2}""", "'}' at byte 11 closes an array")]
    [InlineData("""{"a": {"b": 1], "c": 2}""", "']' at byte 13 closes an object")]
    [InlineData("""{"a": [[1, 2]""", "the object or array at byte 6 is not closed")]
    [InlineData("""["a"]""", "expected '{' at byte 0, found '['")]
    [InlineData("""{"a" 1}""", "expected ':' at byte 5, found '1'")]
    [InlineData("""{"a": 1 "b": 2}""", "expected '}' at byte 8, found '\"'")]
    public void Malformed_text_is_a_json_exception_saying_where(string text, string message)
    {
        var error = Assert.Throws<JsonException>(() => JsonMemberScanner.Members(Encoding.UTF8.GetBytes(text), ..));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_malformed_schema_is_refused_as_not_a_package_schema()
    {
        var error = Assert.Throws<JsonException>(() => PackageSchemaReader.Read("""{"name":"x","version":"1","resources":{"a:b/c:C":{"inputProperties":{}}"""u8.ToArray()));

        Assert.StartsWith("not a package schema: ", error.Message);
    }

    /// <summary>The members as Utf8JsonReader sees them: each key, from its value's first byte to the byte after it.</summary>
    private static List<KeyValuePair<string, Range>> ReferenceMembers(byte[] json, Range range)
    {
        var (offset, length) = range.GetOffsetAndLength(json.Length);
        var reader = new Utf8JsonReader(json.AsSpan(offset, length));
        reader.Read();
        var members = new List<KeyValuePair<string, Range>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            var start = offset + (int)reader.TokenStartIndex;
            reader.Skip();
            members.Add(KeyValuePair.Create(key, start..(offset + (int)reader.BytesConsumed)));
        }

        return members;
    }
}
