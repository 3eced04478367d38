using System.Collections.Immutable;

namespace Kaws.Policies;

/// <summary>
/// A string the compiler assembles, evaluated as far as compile time allows: unknown parts are written as
/// <see cref="PolicyUnknown.TextMarker"/>; <see cref="Sources"/> are the resources those parts come from.
/// </summary>
internal sealed record TextValue(string Text, bool Complete, bool Secret, ImmutableArray<string> Sources)
{
    public static TextValue Known(string text) => new(text, true, false, []);

    public static TextValue Hole(IEnumerable<string> sources, bool secret) =>
        new(PolicyUnknown.TextMarker, false, secret, [.. sources]);

    /// <summary>Nothing of it is known: it is a single hole.</summary>
    public bool WhollyUnknown => !Complete && Text == PolicyUnknown.TextMarker;

    public static TextValue Concat(IEnumerable<TextValue> parts, string separator = "")
    {
        var list = parts.ToList();
        return new TextValue(
            string.Join(separator, list.Select(part => part.Text)),
            list.TrueForAll(part => part.Complete),
            list.Exists(part => part.Secret),
            [.. list.SelectMany(part => part.Sources)]);
    }

    /// <summary>As a value where the whole string stands: known text, or unknown when any part is.</summary>
    public PolicyValue ToValue()
    {
        var value = Complete ? PolicyValue.Of(Text) : PolicyValue.Unknown([.. Sources]);
        return Secret ? PolicyValue.Secret(value) : value;
    }

    /// <summary>As the output of an encoder: the text, holes and all, unless nothing of it is known.</summary>
    public PolicyValue ToEncodedValue(Func<string, string> encode)
    {
        var value = WhollyUnknown ? PolicyValue.Unknown([.. Sources]) : PolicyValue.Of(encode(Text));
        return Secret ? PolicyValue.Secret(value) : value;
    }
}
