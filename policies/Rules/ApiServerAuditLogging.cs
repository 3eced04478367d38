namespace Kaws.Policies;

/// <summary>Every request to the apiserver is audited, under a policy kaws writes.</summary>
public sealed class ApiServerAuditLogging() : ClusterConfigurationRule(
    "apiserver-audit-logging",
    "The apiserver sets audit-log-path and audit-policy-file.",
    EnforcementLevel.Mandatory)
{
    protected override IEnumerable<string> CheckFlags(IReadOnlyDictionary<string, PolicyValue> flags, IReadOnlyList<WrittenDocument> documents)
    {
        foreach (var name in new[] { "audit-log-path", "audit-policy-file" })
        {
            var value = Flag(flags, name);
            if (value.IsUnknown || value.Text is not { Length: > 0 })
            {
                yield return $"apiServer {name} is {value.Describe()}, expected a path";
            }
        }
    }
}
