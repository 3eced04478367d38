using Google.Protobuf.WellKnownTypes;
using Kaws.Policies;

namespace Kaws.Tests.Policies;

/// <summary>Encodes fixture values the way the Pulumi engine marshals properties for analyzers.</summary>
public static class EngineEncoding
{
    public const string UnknownString = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    public const string SignatureKey = "4dabf18193072939515e22adb298388d";
    public const string SecretSignature = "1b47061264138c4ac30d75fd1eb44270";

    public static Struct Properties(PolicyValue properties)
    {
        var result = new Struct();
        foreach (var (key, value) in properties.Entries)
        {
            result.Fields[key] = Encode(value);
        }

        return result;
    }

    public static Value Encode(PolicyValue value) => value switch
    {
        PolicyNull => Value.ForNull(),
        PolicyBool flag => Value.ForBool(flag.Value),
        PolicyNumber number => Value.ForNumber(number.Value),
        PolicyString text => Value.ForString(text.Value),
        PolicyList list => Value.ForList([.. list.Elements.Select(Encode)]),
        PolicyMap map => Value.ForStruct(Properties(map)),
        PolicyUnknown => Value.ForString(UnknownString),
        PolicySecret secret => Value.ForStruct(new Struct
        {
            Fields = { [SignatureKey] = Value.ForString(SecretSignature), ["value"] = Encode(secret.Inner) },
        }),
        _ => throw new ArgumentException($"cannot encode {value.GetType().Name}"),
    };
}
