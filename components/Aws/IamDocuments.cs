using Kaws.Core;

namespace Kaws.Aws;

/// <summary>IAM policy documents as values, so statements are built in one place and emitted with toJSON.</summary>
public static class IamDocuments
{
    /// <summary>A trust policy that lets one AWS service assume the role.</summary>
    public static Value AssumeRoleBy(string service) => Document(Statement("Allow", ["sts:AssumeRole"], resources: null, principalService: service));

    /// <summary>A policy allowing <paramref name="actions"/> on <paramref name="resources"/> and nothing else.</summary>
    public static Value Allow(IEnumerable<string> actions, IEnumerable<Value> resources) =>
        Document(Statement("Allow", actions, resources));

    public static Value Document(params Value[] statements) => new MapValue(new Dictionary<string, Value>
    {
        ["Version"] = "2012-10-17",
        ["Statement"] = new ListValue(statements),
    });

    public static MapValue Statement(string effect, IEnumerable<string> actions, IEnumerable<Value>? resources, string? principalService = null, Value? condition = null)
    {
        var entries = new Dictionary<string, Value>
        {
            ["Effect"] = effect,
            ["Action"] = new ListValue(actions.Select(action => (Value)action)),
        };
        if (resources is not null)
        {
            entries["Resource"] = new ListValue(resources);
        }

        if (principalService is not null)
        {
            entries["Principal"] = new MapValue(new Dictionary<string, Value> { ["Service"] = principalService });
        }

        if (condition is not null)
        {
            entries["Condition"] = condition;
        }

        return new MapValue(entries);
    }
}
