namespace Kaws.Core;

/// <summary>An explicit provider instance (<c>pulumi:providers:&lt;pkg&gt;</c>), e.g. a kubernetes provider pointed at the new cluster.</summary>
public abstract class ProviderResource(Construct scope, string id, string type, Args args, ResourceOptions? options)
    : CustomResource(scope, id, type, args, options);
