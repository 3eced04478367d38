using Google.Protobuf.WellKnownTypes;

namespace Kaws.Policies.Analyzer;

/// <summary>
/// Decodes property values as the engine marshals them for analyzers (MarshalProperties with KeepUnknowns
/// and KeepSecrets): unknowns are sentinel strings, secrets/resource references/outputs/assets/archives are
/// objects tagged with the signature key. Unknowns carry the URNs the property depends on, when given.
/// </summary>
public static class EngineValues
{
    public const string SignatureKey = "4dabf18193072939515e22adb298388d";
    public const string SecretSignature = "1b47061264138c4ac30d75fd1eb44270";
    public const string ResourceReferenceSignature = "5cf8f73096256a8f31e491e813e4eb8e";
    public const string OutputValueSignature = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
    public const string AssetSignature = "c44067f5952c0a294b673a41bacd8c17";
    public const string ArchiveSignature = "0def7320c3a5731c473e5ecbe6d01bc7";

    /// <summary>The engine's unknown sentinels, one per kind of value (the string one is the common case).</summary>
    public static readonly IReadOnlySet<string> UnknownSentinels = new HashSet<string>(StringComparer.Ordinal)
    {
        "04da6b54-80e4-46f7-96ec-b56ff0331ba9", // string
        "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // bool
        "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
        "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
        "030794c1-ac77-496b-92df-f27374a8bd58", // asset
        "e48ece36-62e2-4504-bad9-02848725956a", // archive
        "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
    };

    /// <summary>A resource's properties; <paramref name="dependencies"/> maps a top-level property to the URNs it derives from.</summary>
    public static PolicyValue DecodeProperties(Struct? properties, IReadOnlyDictionary<string, IReadOnlyList<string>>? dependencies = null)
    {
        if (properties is null)
        {
            return PolicyMap.Empty;
        }

        return PolicyValue.Map(properties.Fields.Select(field => KeyValuePair.Create(
            field.Key,
            Decode(field.Value, dependencies?.GetValueOrDefault(field.Key) ?? []))));
    }

    public static PolicyValue Decode(Value? value, IReadOnlyList<string> sources) => value?.KindCase switch
    {
        null or Value.KindOneofCase.None or Value.KindOneofCase.NullValue => PolicyValue.Null,
        Value.KindOneofCase.BoolValue => PolicyValue.Of(value.BoolValue),
        Value.KindOneofCase.NumberValue => PolicyValue.Of(value.NumberValue),
        Value.KindOneofCase.StringValue => UnknownSentinels.Contains(value.StringValue)
            ? PolicyValue.Unknown([.. sources])
            : PolicyValue.Of(value.StringValue),
        Value.KindOneofCase.ListValue => PolicyValue.List(value.ListValue.Values.Select(item => Decode(item, sources))),
        Value.KindOneofCase.StructValue => DecodeObject(value.StructValue, sources),
        _ => PolicyValue.Unknown([.. sources]),
    };

    private static PolicyValue DecodeObject(Struct fields, IReadOnlyList<string> sources)
    {
        var members = fields.Fields;
        if (!members.TryGetValue(SignatureKey, out var signature) || signature.KindCase != Value.KindOneofCase.StringValue)
        {
            return PolicyValue.Map(members.Select(member => KeyValuePair.Create(member.Key, Decode(member.Value, sources))));
        }

        switch (signature.StringValue)
        {
            case SecretSignature:
                return PolicyValue.Secret(Decode(members.GetValueOrDefault("value"), sources));
            case ResourceReferenceSignature:
                // Analyzers see a reference as the resource's id when it has one, else its URN.
                var id = members.GetValueOrDefault("id");
                return id is { KindCase: Value.KindOneofCase.StringValue, StringValue.Length: > 0 }
                    ? Decode(id, sources)
                    : Decode(members.GetValueOrDefault("urn"), sources);
            case OutputValueSignature:
                var dependsOn = members.GetValueOrDefault("dependencies")?.ListValue?.Values.Select(item => item.StringValue).ToList();
                var inner = members.TryGetValue("value", out var known)
                    ? Decode(known, dependsOn ?? sources)
                    : PolicyValue.Unknown([.. dependsOn ?? sources]);
                return members.GetValueOrDefault("secret")?.BoolValue == true ? PolicyValue.Secret(inner) : inner;
            case AssetSignature when members.TryGetValue("text", out var text) && text.KindCase == Value.KindOneofCase.StringValue:
                return PolicyValue.Of(text.StringValue);
            default:
                // A file or remote asset, or an archive: its content is not in the request.
                return PolicyValue.Unknown([.. sources]);
        }
    }
}
