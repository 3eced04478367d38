using System.Globalization;

namespace Kaws.Policies;

/// <summary>
/// A property value as the rules see it, whichever side produced it (the compiled program offline, or the
/// engine through the analyzer): null, bool, number, string, list, map, plus <see cref="PolicyUnknown"/>
/// (known only at deploy time) and <see cref="PolicySecret"/> (a value the engine keeps encrypted).
/// </summary>
public abstract record PolicyValue
{
    public static PolicyValue Null => PolicyNull.Instance;

    public static PolicyValue Of(bool flag) => flag ? PolicyBool.True : PolicyBool.False;

    public static PolicyValue Of(double number) => new PolicyNumber(number);

    public static PolicyValue Of(string text) => new PolicyString(text);

    public static PolicyValue List(params PolicyValue[] items) => new PolicyList(items);

    public static PolicyValue List(IEnumerable<PolicyValue> items) => new PolicyList(items);

    public static PolicyValue Map(IEnumerable<KeyValuePair<string, PolicyValue>> entries) => new PolicyMap(entries);

    public static PolicyValue Map(params (string Key, PolicyValue Value)[] entries) =>
        new PolicyMap(entries.Select(entry => KeyValuePair.Create(entry.Key, entry.Value)));

    public static PolicyValue Unknown(params string[] sources) => new PolicyUnknown(sources);

    public static PolicyValue Secret(PolicyValue inner) => inner is PolicySecret ? inner : new PolicySecret(inner);

    /// <summary>The value without any secret wrapper: what rules compare against.</summary>
    public PolicyValue Revealed => this is PolicySecret secret ? secret.Inner.Revealed : this;

    public bool IsSecret => this is PolicySecret;

    /// <summary>Missing or null: the property is not set.</summary>
    public bool IsNull => Revealed is PolicyNull;

    /// <summary>Not known until deploy time (a reference to another resource's output, an invoke, a preview unknown).</summary>
    public bool IsUnknown => Revealed is PolicyUnknown || Text?.Contains(PolicyUnknown.TextMarker, StringComparison.Ordinal) == true;

    /// <summary>The text of a known string, else null.</summary>
    public string? Text => Revealed is PolicyString text ? text.Value : null;

    /// <summary>A known number, or a string that holds one (YAML and flags often carry numbers as text).</summary>
    public double? Number => Revealed switch
    {
        PolicyNumber number => number.Value,
        PolicyString text when double.TryParse(text.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>A known bool, or the strings "true"/"false" (the aws provider types some flags as strings).</summary>
    public bool? Flag => Revealed switch
    {
        PolicyBool flag => flag.Value,
        PolicyString { Value: var text } when string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) => true,
        PolicyString { Value: var text } when string.Equals(text, "false", StringComparison.OrdinalIgnoreCase) => false,
        _ => null,
    };

    /// <summary>The items of a known list (secret items stay wrapped), else empty.</summary>
    public IReadOnlyList<PolicyValue> Items => Revealed is PolicyList list
        ? (IsSecret ? [.. list.Elements.Select(Secret)] : list.Elements)
        : [];

    /// <summary>The entries of a known map (secret entries stay wrapped), else empty.</summary>
    public IEnumerable<KeyValuePair<string, PolicyValue>> Entries => Revealed is PolicyMap map
        ? (IsSecret ? map.Members.Select(member => KeyValuePair.Create(member.Key, Secret(member.Value))) : map.Members)
        : [];

    /// <summary>
    /// A member of a map. A member of an unknown is unknown (with the same sources); a member of a secret
    /// is secret; a member of anything else is <see cref="Null"/>.
    /// </summary>
    public PolicyValue this[string key] => this switch
    {
        PolicySecret secret => Secret(secret.Inner[key]),
        PolicyUnknown unknown => unknown,
        PolicyMap map => map.Members.GetValueOrDefault(key) ?? Null,
        _ => Null,
    };

    /// <summary>A nested member: <c>At("metadataOptions", "httpTokens")</c>.</summary>
    public PolicyValue At(params string[] path) => path.Aggregate(this, (value, key) => value[key]);

    /// <summary>True when this value is known to equal the text (a string, or a bool/number written as it).</summary>
    public bool Is(string text) => Text == text;

    /// <summary>Every value in this tree, this one first (secrets are looked through).</summary>
    public IEnumerable<PolicyValue> DescendantsAndSelf()
    {
        yield return this;
        var children = Revealed switch
        {
            PolicyList list => list.Elements,
            PolicyMap map => map.Members.Values,
            _ => (IEnumerable<PolicyValue>)[],
        };
        foreach (var child in children)
        {
            foreach (var below in child.DescendantsAndSelf())
            {
                yield return below;
            }
        }
    }

    /// <summary>How the value reads in a violation message. Secrets are never shown.</summary>
    public string Describe() => this switch
    {
        PolicySecret => "a secret",
        PolicyNull => "not set",
        PolicyUnknown => "known only at deploy time",
        PolicyString text when IsUnknown => $"\"{text.Value.Replace(PolicyUnknown.TextMarker, "…", StringComparison.Ordinal)}\" (partly known only at deploy time)",
        PolicyString text => $"\"{text.Value}\"",
        PolicyBool flag => flag.Value ? "true" : "false",
        PolicyNumber number => number.Value.ToString(CultureInfo.InvariantCulture),
        PolicyList list => $"a list of {list.Elements.Length}",
        PolicyMap => "a map",
        _ => GetType().Name,
    };
}
