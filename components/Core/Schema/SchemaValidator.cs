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
            if (!schemas.Packages.TryGetValue(resource.Package, out var package))
            {
                errors.Add(new CompileError(Where(resource), $"package '{resource.Package}' is not one of the vendored provider schemas ({string.Join(", ", schemas.Packages.Keys)})"));
                continue;
            }

            var isProvider = resource.Type.StartsWith("pulumi:providers:", StringComparison.Ordinal);
            if (!isProvider && !package.Resources.ContainsKey(resource.Type))
            {
                errors.Add(new CompileError(Where(resource), $"unknown resource type{NearestName.Hint(resource.Type, package.Resources.Keys)}"));
                continue;
            }

            var shape = isProvider ? package.Provider : package.Resources[resource.Type];
            var context = new Context(schemas, package, resource, errors, []);
            context.CheckObject(resource.Properties, shape);
            foreach (var invoke in resource.Properties.DescendantsAndSelf().OfType<Invoke>())
            {
                context.CheckInvoke(invoke);
            }
        }

        return errors;
    }

    private static string Where(CompiledResource resource) => $"{resource.Path} ({resource.Type})";

    /// <summary>
    /// One resource's walk. The property path is a stack of segments, rendered only for an error:
    /// building every path as a string was most of what validation allocated.
    /// </summary>
    private sealed record Context(SchemaCatalog Schemas, PackageSchema Package, CompiledResource Resource, List<CompileError> Errors, List<PathSegment> Path)
    {
        public void CheckObject(MapValue value, ObjectShape shape)
        {
            foreach (var (name, property) in value.Entries)
            {
                Path.Add(new PathSegment(name));
                if (shape.Properties.TryGetValue(name, out var expected))
                {
                    Check(property, expected);
                }
                else
                {
                    Error($"unknown property{NearestName.Hint(name, shape.Properties.Keys)}");
                }

                Path.RemoveAt(Path.Count - 1);
            }

            foreach (var required in shape.Required)
            {
                if (!value.Entries.ContainsKey(required))
                {
                    Path.Add(new PathSegment(required));
                    Error("required property is missing");
                    Path.RemoveAt(Path.Count - 1);
                }
            }
        }

        public void CheckInvoke(Invoke invoke)
        {
            var package = Schemas.Packages.GetValueOrDefault(invoke.Package);
            var invokeContext = this with { Path = [new PathSegment($"fn::invoke {invoke.Function}")] };
            if (package is null || !package.FunctionInputs.TryGetValue(invoke.Function, out var inputs))
            {
                invokeContext.Error("unknown function");
                return;
            }

            (invokeContext with { Package = package }).CheckObject(invoke.Arguments, inputs);
            if (invoke.Return is { } output && !package.FunctionOutputs[invoke.Function].Properties.ContainsKey(output))
            {
                invokeContext.Error($"'{output}' is not an output of the function");
            }
        }

        private void Check(Value value, PropertyShape expected)
        {
            switch (value)
            {
                case FunctionCall { Name: "secret" or "unsecret" } call:
                    Check(call.Argument, expected);
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
                    Expect(value is StringLiteral or Interpolation, value, "a string");
                    if (expected.Const is { } constant && value is StringLiteral { Text: var text } && text != constant)
                    {
                        Error($"must be '{constant}', got '{text}'");
                    }

                    return;
                case PropertyKind.Integer:
                    Expect(value is IntegerLiteral, value, "an integer");
                    return;
                case PropertyKind.Number:
                    Expect(value is IntegerLiteral or NumberLiteral, value, "a number");
                    return;
                case PropertyKind.Boolean:
                    Expect(value is BoolLiteral, value, "a boolean");
                    return;
                case PropertyKind.Array when value is ListValue list:
                    for (var i = 0; i < list.Items.Length; i++)
                    {
                        if (expected.Items is { } item)
                        {
                            Path.Add(new PathSegment(null, i));
                            Check(list.Items[i], item);
                            Path.RemoveAt(Path.Count - 1);
                        }
                    }

                    return;
                case PropertyKind.Map when value is MapValue map:
                    foreach (var (key, entry) in map.Entries)
                    {
                        if (expected.Items is { } item)
                        {
                            Path.Add(new PathSegment(key));
                            Check(entry, item);
                            Path.RemoveAt(Path.Count - 1);
                        }
                    }

                    return;
                case PropertyKind.Object when value is MapValue map:
                    if (Package.Types.TryGetValue(expected.TypeReference!, out var shape))
                    {
                        CheckObject(map, shape);
                    }

                    return;
                default:
                    Expect(false, value, expected.Kind switch
                    {
                        PropertyKind.Array => "a list",
                        PropertyKind.Map => "a map",
                        _ => $"an object ({expected.TypeReference})",
                    });
                    return;
            }
        }

        private void Expect(bool ok, Value value, string expected)
        {
            if (!ok)
            {
                Error($"expected {expected}, got {Describe(value)}");
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

        private void Error(string message) => Errors.Add(new CompileError(Where(Resource), $"property '{RenderPath()}': {message}"));

        // "a.b[0].c": names joined by dots, list positions in brackets.
        private string RenderPath()
        {
            var text = new System.Text.StringBuilder();
            foreach (var segment in Path)
            {
                if (segment.Name is null)
                {
                    text.Append('[').Append(segment.Index).Append(']');
                }
                else
                {
                    text.Append(text.Length == 0 ? "" : ".").Append(segment.Name);
                }
            }

            return text.ToString();
        }
    }

    private readonly record struct PathSegment(string? Name, int Index = 0);
}
