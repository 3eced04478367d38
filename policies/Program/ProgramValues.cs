using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kaws.Core;

namespace Kaws.Policies;

/// <summary>
/// Turns the compiler's value expressions into policy values the way the engine would see them:
/// literals as they are; output references, invokes and files → unknown (naming the resource they come
/// from); config references → the stack config value when known; fn::secret → secret (and so is a
/// reference to an output the provider schema or additionalSecretOutputs marks secret).
/// fn::toBase64 and fn::toJSON are evaluated; when part of their input is unknown the part becomes
/// <see cref="PolicyUnknown.TextMarker"/> so rules still read the literal rest (the user data template).
/// </summary>
internal sealed class ProgramValues(SchemaCatalog schemas, IReadOnlyDictionary<string, string> stackConfig)
{
    public PolicyValue Convert(Value value) => value switch
    {
        NullLiteral => PolicyValue.Null,
        BoolLiteral flag => PolicyValue.Of(flag.Flag),
        IntegerLiteral number => PolicyValue.Of(number.Number),
        NumberLiteral number => PolicyValue.Of(number.Number),
        StringLiteral text => PolicyValue.Of(text.Text),
        ListValue list => PolicyValue.List(list.Items.Select(Convert)),
        MapValue map => PolicyValue.Map(map.Entries.Select(entry => KeyValuePair.Create(entry.Key, Convert(entry.Value)))),
        ConfigReference config => ConfigValue(config) is { } known ? PolicyValue.Of(known) : PolicyValue.Unknown(),
        ResourceReference reference => Reference(reference),
        Interpolation interpolation => Text(interpolation).ToValue(),
        FunctionCall call => Call(call),
        _ => PolicyValue.Unknown(),
    };

    private PolicyValue Call(FunctionCall call)
    {
        var argument = call.Argument;
        switch (call.Name)
        {
            case "secret":
                return PolicyValue.Secret(Convert(argument));
            case "unsecret":
                return Convert(argument).Revealed;
            case "toBase64":
                return Text(argument).ToEncodedValue(text => System.Convert.ToBase64String(Encoding.UTF8.GetBytes(text)));
            case "toJSON":
                var document = Convert(argument);
                if (document.Revealed is PolicyUnknown)
                {
                    return document;
                }

                var json = PolicyValue.Of(ToJson(document));
                return document.DescendantsAndSelf().Any(part => part.IsSecret) ? PolicyValue.Secret(json) : json;
            case "join":
                return Text(call).ToValue();
            case "fromBase64":
                var encoded = Convert(argument);
                return encoded.Text is { } base64 && !encoded.IsUnknown && UserDataReader.DecodeBase64(base64) is { } decoded
                    ? Wrap(encoded, PolicyValue.Of(decoded))
                    : Wrap(encoded, PolicyValue.Unknown());
            case "select" when argument is ListValue { Items: [IntegerLiteral index, var list] }:
                var items = Convert(list);
                return items.Revealed is PolicyList known && index.Number >= 0 && index.Number < known.Elements.Length
                    ? Wrap(items, known.Elements[(int)index.Number])
                    : Wrap(items, PolicyValue.Unknown());
            case "split" when argument is ListValue { Items: [var delimiter, var text] }:
                var (separator, whole) = (Text(delimiter), Text(text));
                return separator.Complete && whole.Complete
                    ? PolicyValue.List(whole.Text.Split(separator.Text).Select(PolicyValue.Of))
                    : whole.ToValue();
            case "stringAsset":
                return Convert(argument);
            default:
                // readFile, fileAsset, assetArchive, …: their content is not part of the program.
                return PolicyValue.Unknown();
        }
    }

    /// <summary>The text a string-valued expression produces, with its unknown parts as holes.</summary>
    private TextValue Text(Value value)
    {
        switch (value)
        {
            case StringLiteral text:
                return TextValue.Known(text.Text);
            case IntegerLiteral number:
                return TextValue.Known(number.Number.ToString(CultureInfo.InvariantCulture));
            case NumberLiteral number:
                return TextValue.Known(number.Number.ToString(CultureInfo.InvariantCulture));
            case BoolLiteral flag:
                return TextValue.Known(flag.Flag ? "true" : "false");
            case ConfigReference config:
                return ConfigValue(config) is { } known ? TextValue.Known(known) : TextValue.Hole([], false);
            case ResourceReference reference:
                return TextValue.Hole([reference.Target.LogicalName], IsSecretOutput(reference));
            case Interpolation interpolation:
                return TextValue.Concat(interpolation.Parts.Select(Text));
            case FunctionCall { Name: "join", Argument: ListValue { Items: [var delimiter, ListValue items] } }:
                var separator = Text(delimiter);
                var joined = TextValue.Concat(items.Items.Select(Text), separator.Text);
                return joined with { Complete = joined.Complete && separator.Complete, Secret = joined.Secret || separator.Secret };
            case FunctionCall { Name: "secret" } call:
                return Text(call.Argument) with { Secret = true };
            case FunctionCall { Name: "toBase64" } call:
                // A template encoded inside a template (a write_files entry with encoding b64): it stays partial.
                var inner = Text(call.Argument);
                return inner.WhollyUnknown ? inner : inner with { Text = System.Convert.ToBase64String(Encoding.UTF8.GetBytes(inner.Text)) };
            default:
                var converted = Convert(value);
                if (converted.Text is { } result)
                {
                    return new TextValue(result, !converted.IsUnknown, converted.IsSecret, []);
                }

                return TextValue.Hole(converted.Revealed is PolicyUnknown unknown ? unknown.Sources : [], converted.IsSecret);
        }
    }

    private PolicyValue Reference(ResourceReference reference)
    {
        var unknown = PolicyValue.Unknown(reference.Target.LogicalName);
        return IsSecretOutput(reference) ? PolicyValue.Secret(unknown) : unknown;
    }

    /// <summary>The engine keeps an output secret when the provider schema says so or additionalSecretOutputs lists it.</summary>
    private bool IsSecretOutput(ResourceReference reference)
    {
        if (reference.Path is not { } path)
        {
            return false;
        }

        var property = path.Split('.', '[')[0];
        var target = reference.Target;
        if (target.Options.AdditionalSecretOutputs.Contains(property))
        {
            return true;
        }

        return schemas.Packages.TryGetValue(target.Package, out var package) &&
            (package.ResourceOutputs.TryGetValue(target.Type, out var outputs) || package.Resources.TryGetValue(target.Type, out outputs)) &&
            outputs.Properties.TryGetValue(property, out var shape) && shape.Secret;
    }

    /// <summary>A stack config value: ${aws:region} by its own key, ${clusterName} as kaws:clusterName.</summary>
    private string? ConfigValue(ConfigReference config) =>
        stackConfig.TryGetValue(config.Key, out var exact) ? exact
        : !config.Key.Contains(':', StringComparison.Ordinal) && stackConfig.TryGetValue($"kaws:{config.Key}", out var qualified) ? qualified
        : null;

    private static PolicyValue Wrap(PolicyValue source, PolicyValue result) => source.IsSecret ? PolicyValue.Secret(result) : result;

    /// <summary>JSON text of a value; unknown parts become the marker string, secrets their content.</summary>
    private static string ToJson(PolicyValue value)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(json, value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter json, PolicyValue value)
    {
        switch (value.Revealed)
        {
            case PolicyBool flag:
                json.WriteBooleanValue(flag.Value);
                break;
            case PolicyNumber number:
                json.WriteNumberValue(number.Value);
                break;
            case PolicyString text:
                json.WriteStringValue(text.Value);
                break;
            case PolicyUnknown:
                json.WriteStringValue(PolicyUnknown.TextMarker);
                break;
            case PolicyList list:
                json.WriteStartArray();
                foreach (var item in list.Elements)
                {
                    Write(json, item);
                }

                json.WriteEndArray();
                break;
            case PolicyMap map:
                json.WriteStartObject();
                foreach (var (key, member) in map.Members)
                {
                    json.WritePropertyName(key);
                    Write(json, member);
                }

                json.WriteEndObject();
                break;
            default:
                json.WriteNullValue();
                break;
        }
    }
}
