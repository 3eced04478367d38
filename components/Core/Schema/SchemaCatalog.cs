using System.Collections.Immutable;
using System.Reflection;

namespace Kaws.Core;

/// <summary>The pinned provider schemas kaws validates against, one per package.</summary>
public sealed class SchemaCatalog
{
    private static readonly Lazy<SchemaCatalog> Vendored = new(LoadVendored);

    public SchemaCatalog(IEnumerable<PackageSchema> packages)
    {
        Packages = packages.ToImmutableSortedDictionary(package => package.Name, package => package, StringComparer.Ordinal);
    }

    public ImmutableSortedDictionary<string, PackageSchema> Packages { get; }

    /// <summary>The schemas vendored into this assembly (components/Providers/schema/*.json).</summary>
    public static SchemaCatalog Default => Vendored.Value;

    public string? VersionOf(string package) => Packages.TryGetValue(package, out var schema) ? schema.Version : null;

    private static SchemaCatalog LoadVendored()
    {
        var assembly = typeof(SchemaCatalog).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("Kaws.Schema.", StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return new SchemaCatalog(names.Select(name => Read(assembly, name)));
    }

    private static PackageSchema Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        return PackageSchemaReader.Read(stream);
    }
}
