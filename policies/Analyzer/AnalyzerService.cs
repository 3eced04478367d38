using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace Kaws.Policies.Analyzer;

/// <summary>The pulumirpc.Analyzer service: kaws's rules behind the engine's analyzer protocol.</summary>
public sealed class AnalyzerService(AnalyzerState state) : Pulumirpc.Analyzer.AnalyzerBase
{
    public override Task<AnalyzerHandshakeResponse> Handshake(AnalyzerHandshakeRequest request, ServerCallContext context) =>
        Task.FromResult(new AnalyzerHandshakeResponse());

    public override Task<PluginInfo> GetPluginInfo(Empty request, ServerCallContext context) =>
        Task.FromResult(new PluginInfo { Version = KawsPolicyPack.Version });

    public override Task<AnalyzerInfo> GetAnalyzerInfo(Empty request, ServerCallContext context)
    {
        var settings = Guard(() => state.StackSettings);
        var info = new AnalyzerInfo
        {
            Name = KawsPolicyPack.Name,
            DisplayName = KawsPolicyPack.DisplayName,
            Version = KawsPolicyPack.Version,
            Description = "kaws's security rules for a hardened self-managed Kubernetes cluster on AWS",
            SupportsConfig = true,
        };
        foreach (var rule in KawsPolicyPack.Rules)
        {
            info.Policies.Add(new PolicyInfo
            {
                Name = rule.Name,
                DisplayName = rule.Name,
                Description = rule.Description,
                EnforcementLevel = ToWire(rule.DefaultLevel),
                PolicyType = rule is StackRule ? PolicyType.Stack : PolicyType.Resource,
            });
            info.InitialConfig[rule.Name] = new PolicyConfig { EnforcementLevel = ToWire(settings.LevelOf(rule)) };
        }

        return Task.FromResult(info);
    }

    public override Task<AnalyzerStackConfigureResponse> ConfigureStack(AnalyzerStackConfigureRequest request, ServerCallContext context)
    {
        Guard(() =>
        {
            state.ConfigureStack(request.Config);
            return 0;
        });
        return Task.FromResult(new AnalyzerStackConfigureResponse());
    }

    public override Task<Empty> Configure(ConfigureAnalyzerRequest request, ServerCallContext context)
    {
        var levels = new Dictionary<string, EnforcementLevel>(StringComparer.Ordinal);
        foreach (var (name, config) in request.PolicyConfig)
        {
            levels[name] = config.EnforcementLevel switch
            {
                Pulumirpc.EnforcementLevel.Advisory => EnforcementLevel.Advisory,
                Pulumirpc.EnforcementLevel.Mandatory => EnforcementLevel.Mandatory,
                Pulumirpc.EnforcementLevel.Disabled => EnforcementLevel.Disabled,
                _ => throw new RpcException(new Status(StatusCode.InvalidArgument, $"policy pack config: {name}: kaws policies do not remediate; use advisory, mandatory or disabled")),
            };
        }

        Guard(() =>
        {
            state.Configure(levels);
            return 0;
        });
        return Task.FromResult(new Empty());
    }

    public override Task<AnalyzeResponse> Analyze(AnalyzeRequest request, ServerCallContext context)
    {
        var settings = Guard(() => state.Current);
        var resource = new PolicyResource(request.Type, request.Name, NullIfEmpty(request.Urn), EngineValues.DecodeProperties(request.Properties));
        return Task.FromResult(Respond(PolicyEngine.CheckResource(resource, settings)));
    }

    public override Task<AnalyzeResponse> AnalyzeStack(AnalyzeStackRequest request, ServerCallContext context)
    {
        var settings = Guard(() => state.Current);
        var resources = request.Resources
            .Select(resource => new PolicyResource(
                resource.Type,
                resource.Name,
                NullIfEmpty(resource.Urn),
                EngineValues.DecodeProperties(
                    resource.Properties,
                    resource.PropertyDependencies.ToDictionary(entry => entry.Key, entry => (IReadOnlyList<string>)[.. entry.Value.Urns]))))
            .ToList();
        return Task.FromResult(Respond(PolicyEngine.CheckStack(resources, settings)));
    }

    public override Task<Empty> Cancel(Empty request, ServerCallContext context) => Task.FromResult(new Empty());

    private static AnalyzeResponse Respond(IEnumerable<(PolicyRule Rule, EnforcementLevel Level, PolicyViolation Violation)> findings)
    {
        var response = new AnalyzeResponse();
        foreach (var (rule, level, violation) in findings)
        {
            response.Diagnostics.Add(new AnalyzeDiagnostic
            {
                PolicyName = rule.Name,
                PolicyPackName = KawsPolicyPack.Name,
                PolicyPackVersion = KawsPolicyPack.Version,
                Description = rule.Description,
                Message = $"{violation.ResourceName}: {violation.Message}",
                EnforcementLevel = ToWire(level),
                Urn = violation.Urn ?? "",
            });
        }

        return response;
    }

    private static Pulumirpc.EnforcementLevel ToWire(EnforcementLevel level) => level switch
    {
        EnforcementLevel.Advisory => Pulumirpc.EnforcementLevel.Advisory,
        EnforcementLevel.Mandatory => Pulumirpc.EnforcementLevel.Mandatory,
        _ => Pulumirpc.EnforcementLevel.Disabled,
    };

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>Bad policy configuration becomes a one-line gRPC error the engine shows as it is.</summary>
    private static T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (PolicyConfigException error)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, error.Message));
        }
    }
}
