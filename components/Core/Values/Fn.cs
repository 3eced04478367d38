using System.Runtime.CompilerServices;
using System.Text;

namespace Kaws.Core;

/// <summary>The YAML runtime's built-in functions, as typed builders.</summary>
public static class Fn
{
    public static Value Join(Value delimiter, IEnumerable<Value> items) =>
        new FunctionCall("join", new ListValue([delimiter, new ListValue(items)]));

    public static Value Select(int index, Value list) =>
        new FunctionCall("select", new ListValue([new IntegerLiteral(index), list]));

    public static Value Split(Value delimiter, Value text) =>
        new FunctionCall("split", new ListValue([delimiter, text]));

    public static Value ToJson(Value value) => new FunctionCall("toJSON", value);

    public static Value ToBase64(Value value) => new FunctionCall("toBase64", value);

    /// <summary>Marks a value secret in state: the engine encrypts it and masks it in output.</summary>
    public static Value Secret(Value value) => new FunctionCall("secret", value);

    public static Value Invoke(string function, Args arguments, string? returnProperty = null) =>
        new Invoke(function, arguments.ToValue(), returnProperty);

    /// <summary>
    /// A string with typed holes: <c>Fn.Format($"arn:aws:ssm:{region}:{account}:parameter{path}")</c>.
    /// Holes that are references become an interpolation; a hole that is a function call makes it a fn::join.
    /// </summary>
    public static Value Format(FormatHandler text) => text.Build();

    public static Value Config(string key) => new ConfigReference(key);

    [InterpolatedStringHandler]
    public ref struct FormatHandler
    {
        private readonly List<Value> parts;
        private readonly StringBuilder pending;

        public FormatHandler(int literalLength, int formattedCount)
        {
            _ = formattedCount;
            parts = [];
            pending = new StringBuilder(literalLength);
        }

        public readonly void AppendLiteral(string text) => pending.Append(text);

        public readonly void AppendFormatted(string text) => pending.Append(text);

        public readonly void AppendFormatted(int number) => pending.Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture));

        public readonly void AppendFormatted(Value value)
        {
            if (value is StringLiteral literal)
            {
                pending.Append(literal.Text);
                return;
            }

            Flush();
            parts.Add(value);
        }

        public readonly void AppendFormatted<T>(Output<T> output) => AppendFormatted(output.Expression);

        public readonly void AppendFormatted<T>(Input<T> input) => AppendFormatted(input.ToValue());

        private readonly void Flush()
        {
            if (pending.Length > 0)
            {
                parts.Add(new StringLiteral(pending.ToString()));
                pending.Clear();
            }
        }

        internal readonly Value Build()
        {
            Flush();
            if (parts.Count == 0)
            {
                return new StringLiteral("");
            }

            if (parts is [StringLiteral only])
            {
                return only;
            }

            return parts.TrueForAll(part => part is StringLiteral or ResourceReference or ConfigReference)
                ? new Interpolation(parts)
                : Join("", parts);
        }
    }
}
