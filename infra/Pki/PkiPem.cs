using Org.BouncyCastle.OpenSsl;

namespace Kaws.Infra.Pki;

/// <summary>PEM text of a key, request or certificate, with Unix line endings whatever the platform.</summary>
internal static class PkiPem
{
    public static string Write(object value)
    {
        using var text = new StringWriter { NewLine = "\n" };
        var writer = new PemWriter(text);
        writer.WriteObject(value);
        writer.Writer.Flush();
        return text.ToString();
    }
}
