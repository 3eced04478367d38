using System.Collections.Immutable;
using System.Text;
using Kaws.Core;
using Kaws.Infra.Cli;
using Kaws.Infra.Config;
using Kaws.Tests.Support;

namespace Kaws.Tests.Aws;

/// <summary>Compiles the repository's real stacks, optionally with config keys changed, and reads the programs back.</summary>
public static class AwsStacks
{
    public static CompiledStack Compile(string stack, params (string Key, string Value)[] changes)
    {
        var raw = StackConfigSource.FromStackFile(RepositoryRoot.Find(), stack);
        var values = raw.Values;
        foreach (var (key, value) in changes)
        {
            values = values.SetItem(key, value);
        }

        return StackCompiler.Compile(raw with { Values = values });
    }

    public static RawStackConfig Raw(string stack, params (string Key, string Value)[] changes)
    {
        var raw = StackConfigSource.FromStackFile(RepositoryRoot.Find(), stack);
        return raw with { Values = changes.Aggregate(raw.Values, (values, change) => values.SetItem(change.Key, change.Value)) };
    }

    public static IEnumerable<CompiledResource> OfType(this CompiledStack stack, string type) => stack.Program.OfType(type);

    public static CompiledResource Named(this CompiledStack stack, string name) =>
        stack.Program.Find(name) ?? throw new Xunit.Sdk.XunitException($"no resource named {name}");

    /// <summary>The compiled name of the resource a reference points at.</summary>
    public static string NameOf(this CompiledStack stack, Value reference) => reference switch
    {
        ResourceReference target => stack.Program.Resources.Single(resource => ReferenceEquals(resource.Source, target.Target)).Name,
        _ => throw new Xunit.Sdk.XunitException($"expected a resource reference, got {reference}"),
    };

    public static Value? Property(this CompiledResource resource, params string[] path)
    {
        Value? value = resource.Properties;
        foreach (var step in path)
        {
            value = value is MapValue map ? map[step] : null;
        }

        return value;
    }

    public static string? Text(this Value? value) => value is StringLiteral literal ? literal.Text : null;

    public static long? Number(this Value? value) => value is IntegerLiteral number ? number.Number : null;

    public static bool? Flag(this Value? value) => value is BoolLiteral flag ? flag.Flag : null;

    public static ImmutableArray<Value> Items(this Value? value) => value is ListValue list ? list.Items : [];

    /// <summary>A readable rendering of a value: literals as text, references as ${name.path}, invokes as ${function}.</summary>
    public static string Render(this CompiledStack stack, Value? value)
    {
        var text = new StringBuilder();
        Write(value);
        return text.ToString();

        void Write(Value? part)
        {
            switch (part)
            {
                case StringLiteral literal:
                    text.Append(literal.Text);
                    break;
                case ResourceReference reference:
                    text.Append("${").Append(stack.NameOf(reference)).Append('.').Append(reference.Path).Append('}');
                    break;
                case Interpolation interpolation:
                    foreach (var item in interpolation.Parts)
                    {
                        Write(item);
                    }

                    break;
                case FunctionCall { Name: "join", Argument: ListValue { Items: [StringLiteral { Text: "" }, ListValue items] } }:
                    foreach (var item in items.Items)
                    {
                        Write(item);
                    }

                    break;
                case Invoke invoke:
                    text.Append("${").Append(invoke.Function).Append('}');
                    break;
                default:
                    text.Append(part);
                    break;
            }
        }
    }

    /// <summary>Each resource's block of the written program, by name: what a reviewer sees change.</summary>
    public static ImmutableSortedDictionary<string, string> ResourceBlocks(this CompiledStack stack)
    {
        var blocks = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var lines = ProgramWriter.Write(stack.Program).Split('\n');
        string? current = null;
        var block = new StringBuilder();
        var inResources = false;
        foreach (var line in lines)
        {
            if (!line.StartsWith(' '))
            {
                Flush();
                inResources = line == "resources:";
                continue;
            }

            if (!inResources)
            {
                continue;
            }

            if (line.Length > 2 && line[2] != ' ')
            {
                Flush();
                current = line.Trim().TrimEnd(':');
            }

            block.AppendLine(line);
        }

        Flush();
        return blocks.ToImmutable();

        void Flush()
        {
            if (current is not null)
            {
                blocks[current] = block.ToString();
            }

            current = null;
            block.Clear();
        }
    }
}
