namespace Kaws.Core;

/// <summary>Anything a resource property can be set to: it knows its expression.</summary>
public interface IInput
{
    Value ToValue();
}
