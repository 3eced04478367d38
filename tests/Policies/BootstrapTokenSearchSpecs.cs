using Kaws.Policies;

namespace Kaws.Tests.Policies;

/// <summary>
/// no-secrets-in-user-data finds a kubeadm bootstrap token (six and sixteen lower-case letters or
/// digits around a dot) only as a whole word; its search starts from dots for speed, which must not
/// change what counts as a token.
/// </summary>
public sealed class BootstrapTokenSearchSpecs
{
    [Theory]
    [InlineData("token: abcdef.0123456789abcdef\n", true)]
    [InlineData("--token=abcdef.0123456789abcdef --discovery", true)]
    [InlineData("abcdef.0123456789abcdef", true)]
    [InlineData("x:abcdef.0123456789abcdef:y", true)]
    [InlineData("xabcdef.0123456789abcdef", false)]
    [InlineData("abcdef.0123456789abcdefx", false)]
    [InlineData("abcde.0123456789abcdef", false)]
    [InlineData("abcdef.0123456789abcde", false)]
    [InlineData("ABCDEF.0123456789ABCDEF", false)]
    [InlineData("registry.k8s.io/kube-apiserver:v1.35.0 ...... a.b", false)]
    public void A_token_counts_only_as_a_whole_word(string userData, bool found)
    {
        var instance = new PolicyResource("aws:ec2/instance:Instance", "node", null, PolicyValue.Map(("userData", PolicyValue.Of(userData))));

        var messages = new NoSecretsInUserData().Check(instance, PolicySettings.Default).ToList();

        Assert.Equal(found, messages.Any(message => message.Contains("bootstrap token", StringComparison.Ordinal)));
    }
}
