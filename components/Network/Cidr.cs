using System.Net;
using System.Net.Sockets;
using System.Numerics;

namespace Kaws.Network;

/// <summary>An IP network in CIDR form, with the arithmetic the network planner and config checks need.</summary>
public sealed record Cidr
{
    private Cidr(IPAddress address, int prefixLength)
    {
        Address = address;
        PrefixLength = prefixLength;
    }

    public IPAddress Address { get; }

    public int PrefixLength { get; }

    public bool IsIPv4 => Address.AddressFamily == AddressFamily.InterNetwork;

    private int Bits => IsIPv4 ? 32 : 128;

    /// <summary>0.0.0.0/0 or ::/0: everyone.</summary>
    public bool IsEverywhere => PrefixLength == 0;

    /// <summary>Parses "10.0.0.0/16"; host bits must be zero, so a typo is not silently widened.</summary>
    public static bool TryParse(string text, out Cidr? cidr)
    {
        cidr = null;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !IPAddress.TryParse(text[..slash], out var address) ||
            !int.TryParse(text[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var prefix))
        {
            return false;
        }

        var candidate = new Cidr(address, prefix);
        if (prefix > candidate.Bits || candidate.Start != ToNumber(address))
        {
            return false;
        }

        cidr = candidate;
        return true;
    }

    public static Cidr Parse(string text) =>
        TryParse(text, out var cidr) ? cidr! : throw new FormatException($"'{text}' is not a CIDR block like 10.0.0.0/16");

    public BigInteger Start => ToNumber(Address) & Mask;

    public BigInteger End => Start | (~Mask & Full);

    public bool Overlaps(Cidr other) => IsIPv4 == other.IsIPv4 && Start <= other.End && other.Start <= End;

    public bool Contains(Cidr other) => IsIPv4 == other.IsIPv4 && Start <= other.Start && other.End <= End;

    /// <summary>The <paramref name="index"/>-th block of prefix <paramref name="newPrefix"/> inside this one.</summary>
    public Cidr Subnet(int newPrefix, int index)
    {
        if (newPrefix < PrefixLength || newPrefix > Bits)
        {
            throw new ArgumentOutOfRangeException(nameof(newPrefix), $"/{newPrefix} does not fit in {this}");
        }

        var count = BigInteger.One << (newPrefix - PrefixLength);
        if (index < 0 || index >= count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"{this} has only {count} blocks of /{newPrefix}");
        }

        var start = Start + (index * (BigInteger.One << (Bits - newPrefix)));
        return new Cidr(FromNumber(start, IsIPv4), newPrefix);
    }

    /// <summary>The n-th address of the block (0 is the network address).</summary>
    public IPAddress AddressAt(int offset) => FromNumber(Start + offset, IsIPv4);

    public override string ToString() => $"{Address}/{PrefixLength}";

    private BigInteger Full => (BigInteger.One << Bits) - 1;

    private BigInteger Mask => Full ^ ((BigInteger.One << (Bits - PrefixLength)) - 1);

    private static BigInteger ToNumber(IPAddress address) => new(address.GetAddressBytes(), isUnsigned: true, isBigEndian: true);

    private static IPAddress FromNumber(BigInteger number, bool ipv4)
    {
        var bytes = number.ToByteArray(isUnsigned: true, isBigEndian: true);
        var size = ipv4 ? 4 : 16;
        var padded = new byte[size];
        bytes.AsSpan().CopyTo(padded.AsSpan(size - bytes.Length));
        return new IPAddress(padded);
    }
}
