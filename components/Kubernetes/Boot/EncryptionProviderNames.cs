namespace Kaws.Kubernetes.Boot;

/// <summary>The config spelling of <see cref="EncryptionProviderKind"/> (the EncryptionConfiguration provider names).</summary>
public static class EncryptionProviderNames
{
    public static string Name(EncryptionProviderKind kind) => kind switch
    {
        EncryptionProviderKind.Secretbox => "secretbox",
        EncryptionProviderKind.Aescbc => "aescbc",
        EncryptionProviderKind.Kms => "kms",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string text, out EncryptionProviderKind kind)
    {
        foreach (var candidate in Enum.GetValues<EncryptionProviderKind>())
        {
            if (Name(candidate) == text)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The one-line error for a config value that names no provider.</summary>
    public static string UnknownError(string text) =>
        $"{BootSettingKeys.EncryptionProvider}: '{text}' is not an encryption provider; expected secretbox, aescbc or kms";
}
