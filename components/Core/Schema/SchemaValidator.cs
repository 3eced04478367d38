namespace Kaws.Core;

/// <summary>
/// Checks every resource and invoke against the vendored provider schemas: unknown type, unknown
/// property, missing required property, wrong value kind. Values only known to the engine
/// (references, config, most function results) are accepted wherever they appear.
/// </summary>
public static class SchemaValidator
{
    public static IEnumerable<CompileError> Validate(IEnumerable<CompiledResource> resources, SchemaCatalog schemas)
    {
        var errors = new List<CompileError>();
        foreach (var resource in resources)
        {
            var where = $"{resource.Path} ({resource.Type})";
            if (!schemas.Packages.TryGetValue(resource.Package, out var package))
            {
                errors.Add(new CompileError(where, $"package '{resource.Package}' is not one of the vendored provider schemas ({string.Join(", ", schemas.Packages.Keys)})"));
                continue;
            }

            var isProvider = resource.Type.StartsWith("pulumi:providers:", StringComparison.Ordinal);
            if (!isProvider && !package.Resources.ContainsKey(resource.Type))
            {
                errors.Add(new CompileError(where, $"unknown resource type{NearestName.Hint(resource.Type, package.Resources.Keys)}"));
                continue;
            }

            var shape = isProvider ? package.Provider : package.Resources[resource.Type];
            var context = new Context(schemas, package, where, errors);
            context.CheckObject(resource.Properties, shape, "");
            foreach (var invoke in resource.Properties.DescendantsAndSelf().OfType<Invoke>())
            {
                context.CheckInvoke(invoke);
            }
        }

        return errors;
    }

    private sealed record Context(SchemaCatalog Schemas, PackageSchema Package, string Where, List<CompileError> Errors)
    {
        public void CheckObject(MapValue value, ObjectShape shape, string path)
        {
            foreach (var (name, property) in value.Entries)
            {
                if (!shape.Properties.TryGetValue(name, out var expected))
                {
                    Error(Join(path, name), $"unknown property{NearestName.Hint(name, shape.Properties.Keys)}");
                    continue;
                }

                Check(property, expected, Join(path, name));
            }

            foreach (var required in shape.Required.Where(required => !value.Entries.ContainsKey(required)))
            {
                Error(Join(path, required), "required property is missing");
            }
        }

        public void CheckInvoke(Invoke invoke)
        {
            var package = Schemas.Packages.GetValueOrDefault(invoke.Package);
            if (package is null || !package.FunctionInputs.TryGetValue(invoke.Function, out var inputs))
            {
                Error($"fn::invoke {invoke.Function}", "unknown function");
                return;
            }

            (this with { Package = package }).CheckObject(invoke.Arguments, inputs, $"fn::invoke {invoke.Function}");
            if (invoke.Return is { } output && !package.FunctionOutputs[invoke.Function].Properties.ContainsKey(output))
            {
                Error($"fn::invoke {invoke.Function}", $"'{output}' is not an output of the function");
            }
        }

        private void Check(Value value, PropertyShape expected, string path)
        {
            switch (value)
            {
                case FunctionCall { Name: "secret" or "unsecret" } call:
                    Check(call.Argument, expected, path);
                    return;
                case ResourceReference or ConfigReference or FunctionCall or Invoke:
                    return; // known only to the engine
                case NullLiteral:
                    return;
            }

            switch (expected.Kind)
            {
                case PropertyKind.Any:
                    return;
                case PropertyKind.String:
                    Expect(value is StringLiteral or Interpolation, value, "a string", path);
                    if (expected.Const is { } constant && value is StringLiteral { Text: var text } && text != constant)
                    {
                        Error(path, $"must be '{constant}', got '{text}'");
                    }

                    return;
                case PropertyKind.Integer:
                    Expect(value is IntegerLiteral, value, "an integer", path);
                    return;
                case PropertyKind.Number:
                    Expect(value is IntegerLiteral or NumberLiteral, value, "a number", path);
                    return;
                case PropertyKind.Boolean:
                    Expect(value is BoolLiteral, value, "a boolean", path);
                    return;
                case PropertyKind.Array when value is ListValue list:
                    for (var i = 0; i < list.Items.Length; i++)
                    {
                        if (expected.Items is { } item)
                        {
                            Check(list.Items[i], item, $"{path}[{i}]");
                        }
                    }

                    return;
                case PropertyKind.Map when value is MapValue map:
                    foreach (var (key, entry) in map.Entries)
                    {
                        if (expected.Items is { } item)
                        {
                            Check(entry, item, $"{path}.{key}");
                        }
                    }

                    return;
                case PropertyKind.Object when value is MapValue map:
                    if (Package.Types.TryGetValue(expected.TypeReference!, out var shape))
                    {
                        CheckObject(map, shape, path);
                    }

                    return;
                default:
                    Expect(false, value, expected.Kind switch
                    {
                        PropertyKind.Array => "a list",
                        PropertyKind.Map => "a map",
                        _ => $"an object ({expected.TypeReference})",
                    }, path);
                    return;
            }
        }

        private void Expect(bool ok, Value value, string expected, string path)
        {
            if (!ok)
            {
                Error(path, $"expected {expected}, got {Describe(value)}");
            }
        }

        private static string Describe(Value value) => value switch
        {
            StringLiteral text => $"the string '{text.Text}'",
            IntegerLiteral number => $"the integer {number.Number}",
            NumberLiteral number => $"the number {number.Number}",
            BoolLiteral flag => flag.Flag ? "true" : "false",
            ListValue => "a list",
            MapValue => "a map",
            Interpolation => "an interpolated string",
            _ => value.GetType().Name,
        };

        private void Error(string path, string message) => Errors.Add(new CompileError(Where, $"property '{path}': {message}"));

        private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
    }
}
