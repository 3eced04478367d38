using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Kaws.Core;

/// <summary>The pinned provider schemas kaws validates against, one per package.</summary>
public sealed class SchemaCatalog
{
    private static readonly Lazy<SchemaCatalog> Vendored = new(LoadVendored);

    public SchemaCatalog(IEnumerable<PackageSchema> packages)
    {
        Packages = new PackageSet(packages.ToDictionary(package => package.Name, package => new Lazy<PackageSchema>(package), StringComparer.Ordinal));
    }

    private SchemaCatalog(PackageSet packages)
    {
        Packages = packages;
    }

    /// <summary>The packages by name, in name order. A vendored package is read when it is first looked up.</summary>
    public IReadOnlyDictionary<string, PackageSchema> Packages { get; }

    /// <summary>The schemas vendored into this assembly (components/Providers/schema/*.json).</summary>
    public static SchemaCatalog Default => Vendored.Value;

    public string? VersionOf(string package) => Packages.TryGetValue(package, out var schema) ? schema.Version : null;

    private static SchemaCatalog LoadVendored()
    {
        const string prefix = "Kaws.Schema.";
        const string suffix = ".json";
        var assembly = typeof(SchemaCatalog).Assembly;
        var packages = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(suffix, StringComparison.Ordinal))
            .ToDictionary(
                name => name[prefix.Length..^suffix.Length],
                name => new Lazy<PackageSchema>(() => Read(assembly, name), LazyThreadSafetyMode.ExecutionAndPublication),
                StringComparer.Ordinal);
        return new SchemaCatalog(new PackageSet(packages));
    }

    private static PackageSchema Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        return PackageSchemaReader.Read(stream);
    }

    /// <summary>
    /// Packages by name; each is read on first use. A compile of the dev stack needs two of the four
    /// vendored schemas, and reading one is a scan of its whole JSON.
    /// </summary>
    private sealed class PackageSet(Dictionary<string, Lazy<PackageSchema>> packages) : IReadOnlyDictionary<string, PackageSchema>
    {
        private readonly string[] names = [.. packages.Keys.Order(StringComparer.Ordinal)];

        public int Count => names.Length;

        public IEnumerable<string> Keys => names;

        public IEnumerable<PackageSchema> Values => names.Select(name => packages[name].Value);

        public PackageSchema this[string key] => packages[key].Value;

        public bool ContainsKey(string key) => packages.ContainsKey(key);

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out PackageSchema value)
        {
            value = packages.TryGetValue(key, out var package) ? package.Value : null;
            return value is not null;
        }

        public IEnumerator<KeyValuePair<string, PackageSchema>> GetEnumerator() =>
            names.Select(name => new KeyValuePair<string, PackageSchema>(name, packages[name].Value)).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
