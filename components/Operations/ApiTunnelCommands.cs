using Kaws.Kubernetes.Boot;

namespace Kaws.Operations;

/// <summary>
/// The shell steps that reach an internal API from a workstation: a Session Manager port forward from
/// 127.0.0.1:PORT through one running master to the API load balancer's 443. No inbound port opens anywhere;
/// the session is authorised by IAM and logged by CloudTrail, and the API still wants a client certificate.
/// A pure function of its inputs, printed by <c>kaws tunnel</c>.
/// </summary>
public static class ApiTunnelCommands
{
    /// <summary>The stack output that holds the API load balancer's DNS name.</summary>
    public const string EndpointOutput = "apiEndpoint";

    /// <summary>The Session Manager document that forwards a local port to a host the target instance reaches.</summary>
    public const string PortForwardDocument = "AWS-StartPortForwardingSessionToRemoteHost";

    public static string Render(string stackName, string clusterName, string region, int localPort)
    {
        var cluster = ShellText.Quote(clusterName);
        var regionArgument = ShellText.Quote(region);
        return $"""
            # kaws: reach the internal API of cluster {clusterName} (stack {stackName}) from this machine.
            # Session Manager forwards 127.0.0.1:{localPort} through one running master to the API load balancer's
            # port 443. Keep it running while `pulumi up` applies the in-cluster baseline (kaws:apiTunnelPort {localPort}).
            # Needs the AWS CLI with its Session Manager plugin, and credentials that may start sessions on the masters.
            MASTER="$(aws ec2 describe-instances --region {regionArgument} \
              --filters Name=tag:kaws:cluster,Values={cluster} Name=tag:kaws:role,Values=master Name=instance-state-name,Values=running \
              --query 'Reservations[0].Instances[0].InstanceId' --output text)"
            API="$({ShellText.StackOutput(EndpointOutput, stackName)})"
            aws ssm start-session --region {regionArgument} --target "$MASTER" \
              --document-name {PortForwardDocument} \
              --parameters "host=$API,portNumber=443,localPortNumber={localPort}"

            """;
    }
}
