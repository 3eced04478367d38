using System.Collections;
using System.Globalization;

namespace Kaws.Core;

/// <summary>Turns a C# literal (string, number, bool, nested args, list, map) into a <see cref="Value"/>.</summary>
public static class ValueConversion
{
    public static Value FromObject(object? literal) => literal switch
    {
        null => NullLiteral.Instance,
        Value value => value,
        IInput input => input.ToValue(),
        Args args => args.ToValue(),
        string text => new StringLiteral(text),
        bool flag => BoolLiteral.Of(flag),
        int number => new IntegerLiteral(number),
        long number => new IntegerLiteral(number),
        double number => new NumberLiteral(number),
        IDictionary map => new MapValue(map.Keys.Cast<object>().Select(key =>
            KeyValuePair.Create(Convert.ToString(key, CultureInfo.InvariantCulture)!, FromObject(map[key])))),
        IEnumerable items => new ListValue(items.Cast<object?>().Select(FromObject)),
        _ => throw new ArgumentException($"{literal.GetType().Name} cannot be a property value"),
    };
}
