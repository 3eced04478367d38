using System.Text;

namespace Kaws.Core;

/// <summary>
/// Writes a compiled program as Pulumi YAML: fixed section order, keys sorted, every literal '$'
/// doubled, every resource and invoke pinned to its provider version. Same program, same bytes.
/// </summary>
public sealed class ProgramWriter
{
    private const int Step = 2;
    private readonly StringBuilder output = new();
    private readonly SchemaCatalog schemas;

    private ProgramWriter(SchemaCatalog schemas) => this.schemas = schemas;

    public static string Write(CompiledProgram program)
    {
        var writer = new ProgramWriter(program.Schemas);
        writer.Line(0, $"# Pulumi YAML program for stack '{program.StackName}', compiled by kaws. Do not edit: change the C# and recompile.");
        writer.Line(0, "resources:");
        foreach (var resource in program.Resources)
        {
            writer.Resource(resource);
        }

        if (program.Outputs.Count > 0)
        {
            writer.Line(0, "outputs:");
            writer.Entries(new MapValue(program.Outputs), Step);
        }

        return writer.output.ToString();
    }

    private void Resource(CompiledResource resource)
    {
        YamlText.AppendKey(output.Append(' ', Step), resource.Name).Append(":\n");
        Line(2 * Step, $"type: {resource.Type}");
        if (resource.Properties.Entries.Count > 0)
        {
            Line(2 * Step, "properties:");
            Entries(resource.Properties, 3 * Step);
        }

        Line(2 * Step, "options:");
        Entries(Options(resource), 3 * Step);
    }

    private MapValue Options(CompiledResource resource)
    {
        var options = resource.Options;
        var entries = new Dictionary<string, Value>();
        if (!options.AdditionalSecretOutputs.IsEmpty)
        {
            entries["additionalSecretOutputs"] = Strings(options.AdditionalSecretOutputs);
        }

        if (options.CustomTimeouts is { } timeouts)
        {
            var limits = new Dictionary<string, Value>();
            Put(limits, "create", timeouts.Create);
            Put(limits, "update", timeouts.Update);
            Put(limits, "delete", timeouts.Delete);
            entries["customTimeouts"] = new MapValue(limits);
        }

        Put(entries, "deleteBeforeReplace", options.DeleteBeforeReplace);
        if (!options.DependsOn.IsEmpty)
        {
            entries["dependsOn"] = new ListValue(options.DependsOn.OrderBy(target => target.LogicalName, StringComparer.Ordinal).Select(target => (Value)target.Reference));
        }

        if (!options.IgnoreChanges.IsEmpty)
        {
            entries["ignoreChanges"] = Strings(options.IgnoreChanges);
        }

        Put(entries, "protect", options.Protect);
        if (options.Provider is { } provider)
        {
            entries["provider"] = provider.Reference;
        }

        if (!options.Providers.IsEmpty)
        {
            entries["providers"] = new MapValue(options.Providers.Select(p => KeyValuePair.Create(p.Package, (Value)p.Reference)));
        }

        if (!options.ReplaceOnChanges.IsEmpty)
        {
            entries["replaceOnChanges"] = Strings(options.ReplaceOnChanges);
        }

        Put(entries, "retainOnDelete", options.RetainOnDelete);
        Put(entries, "version", schemas.VersionOf(resource.Package));
        return new MapValue(entries);
    }

    private static ListValue Strings(IEnumerable<string> items) => new(items.Select(item => (Value)item));

    private static void Put(Dictionary<string, Value> entries, string key, string? text)
    {
        if (text is not null)
        {
            entries[key] = text;
        }
    }

    private static void Put(Dictionary<string, Value> entries, string key, bool? flag)
    {
        if (flag is { } value)
        {
            entries[key] = value;
        }
    }

    /// <summary>Writes a map's entries, one per line, at the given indent.</summary>
    private void Entries(MapValue map, int indent, bool firstOnCurrentLine = false)
    {
        foreach (var (key, value) in map.Entries)
        {
            if (!firstOnCurrentLine)
            {
                output.Append(' ', indent);
            }

            firstOnCurrentLine = false;
            YamlText.AppendKey(output, key).Append(':');
            Member(value, indent);
        }
    }

    private void Items(ListValue list, int indent)
    {
        foreach (var item in list.Items)
        {
            output.Append(' ', indent).Append('-');
            if (Expand(item) is MapValue { Entries.Count: > 0 } map)
            {
                output.Append(' ');
                Entries(map, indent + Step, firstOnCurrentLine: true);
            }
            else
            {
                Member(item, indent);
            }
        }
    }

    /// <summary>Writes the value after its key or dash: inline for scalars, on the next lines for blocks.</summary>
    private void Member(Value value, int indent)
    {
        var node = Expand(value);
        switch (node)
        {
            case MapValue { Entries.Count: 0 }:
                output.Append(" {}\n");
                return;
            case ListValue { Items.Length: 0 }:
                output.Append(" []\n");
                return;
            case MapValue map:
                output.Append('\n');
                Entries(map, indent + Step);
                return;
            case ListValue list:
                output.Append('\n');
                Items(list, indent + Step);
                return;
        }

        output.Append(' ');
        var text = ScalarText(node);
        if (text is not null && YamlText.FitsLiteralBlock(text))
        {
            YamlText.AppendLiteralBlock(output, text, indent + Step);
            return;
        }

        AppendScalar(node, text);
        output.Append('\n');
    }

    /// <summary>Function calls and invokes become one-key maps; everything else is itself.</summary>
    private Value Expand(Value value) => value switch
    {
        FunctionCall call => new MapValue([KeyValuePair.Create($"fn::{call.Name}", call.Argument)]),
        Invoke invoke => InvokeMap(invoke),
        _ => value,
    };

    private MapValue InvokeMap(Invoke invoke)
    {
        var body = new Dictionary<string, Value>
        {
            ["function"] = invoke.Function,
            ["arguments"] = invoke.Arguments,
        };
        if (invoke.Return is { } returned)
        {
            body["return"] = returned;
        }

        if (schemas.VersionOf(invoke.Package) is { } version)
        {
            body["options"] = new MapValue([KeyValuePair.Create("version", (Value)version)]);
        }

        return new MapValue([KeyValuePair.Create("fn::invoke", (Value)new MapValue(body))]);
    }

    /// <summary>The text of a string-valued node as the engine must read it ('$' doubled, references as ${…}).</summary>
    private static string? ScalarText(Value value) => value switch
    {
        StringLiteral literal => Escape(literal.Text),
        Interpolation interpolation => string.Concat(interpolation.Parts.Select(part => part is StringLiteral text ? Escape(text.Text) : Expression(part))),
        ResourceReference or ConfigReference => Expression(value),
        _ => null,
    };

    private void AppendScalar(Value value, string? text)
    {
        switch (value)
        {
            case IntegerLiteral number:
                output.Append(YamlText.Number(number.Number));
                break;
            case NumberLiteral number:
                output.Append(YamlText.Number(number.Number));
                break;
            case BoolLiteral flag:
                output.Append(flag.Flag ? "true" : "false");
                break;
            case NullLiteral:
                output.Append("null");
                break;
            default:
                YamlText.AppendQuoted(output, text ?? throw new InvalidOperationException($"{value.GetType().Name} is not a scalar"));
                break;
        }
    }

    private static string Expression(Value reference) => reference switch
    {
        ResourceReference { Path: null } whole => $"${{{whole.Target.LogicalName}}}",
        ResourceReference output => $"${{{output.Target.LogicalName}.{output.Path}}}",
        ConfigReference config => $"${{{config.Key}}}",
        _ => throw new InvalidOperationException($"{reference.GetType().Name} is not a reference"),
    };

    private static string Escape(string literal) => literal.Replace("$", "$$", StringComparison.Ordinal);

    private void Line(int indent, string text) => output.Append(' ', indent).Append(text).Append('\n');
}
