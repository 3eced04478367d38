using System.IO.Compression;
using System.Text;

namespace Kaws.Kubernetes.Boot;

/// <summary>
/// EC2 refuses user data over 16 KiB, and a master's cloud-config is larger. cloud-init accepts gzip-compressed
/// user data, so launch templates carry base64(gzip(cloud-config)); <see cref="Decode"/> gives policy rules the
/// readable text back. The gzip header carries no timestamp or name, so the same text gives the same bytes.
/// The default level, not the smallest: a master's 35 KB cloud-config came to 8.9 KB either way (50 bytes
/// apart), and the smallest level took a millisecond more of every compile.
/// </summary>
public static class UserDataEncoding
{
    public static string Encode(string cloudConfig)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            var bytes = Encoding.UTF8.GetBytes(cloudConfig);
            gzip.Write(bytes, 0, bytes.Length);
        }

        return Convert.ToBase64String(buffer.ToArray());
    }

    public static string Decode(string userData)
    {
        using var compressed = new MemoryStream(Convert.FromBase64String(userData));
        using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The size EC2 checks: the user data before its base64 transport encoding.</summary>
    public static int RawSize(string userData) => Convert.FromBase64String(userData).Length;
}
