using Kaws.Kubernetes.Boot;

namespace Kaws.Tests.Kubernetes.Boot;

public class SsmParameterLayoutSpecs
{
    private const string Prefix = "/kaws/demo";

    [Fact]
    public void The_contract_names_are_fixed()
    {
        Assert.Equal("/kaws/demo", SsmParameterLayout.PrefixFor("demo"));
        Assert.Equal("/kaws/demo/master/pki/etcd-ca.key", SsmParameterLayout.MasterPki(Prefix, "etcd-ca.key"));
        Assert.Equal("/kaws/demo/master/encryption-key-1", SsmParameterLayout.EncryptionKey(Prefix));
        Assert.Equal("/kaws/demo/master/encryption-key-2", SsmParameterLayout.EncryptionKey(Prefix, 2));
        Assert.Equal("/kaws/demo/master/encryption-config", SsmParameterLayout.EncryptionConfig(Prefix));
        Assert.Equal("/kaws/demo/master/etcd-backup-bucket", SsmParameterLayout.EtcdBackupBucket(Prefix));
        Assert.Equal("/kaws/demo/master/etcd-backup-kms-key-arn", SsmParameterLayout.EtcdBackupKmsKeyArn(Prefix));
        Assert.Equal("/kaws/demo/master/bootstrap-token", SsmParameterLayout.MasterBootstrapToken(Prefix));
        Assert.Equal("/kaws/demo/node/bootstrap-token", SsmParameterLayout.NodeBootstrapToken(Prefix));
        Assert.Equal("/kaws/demo/cluster/ca.crt", SsmParameterLayout.ClusterCaCertificate(Prefix));
        Assert.Equal("/kaws/demo/cluster/api-endpoint", SsmParameterLayout.ApiEndpoint(Prefix));
        Assert.Equal("/kaws/demo/master/init-lock", SsmParameterLayout.InitLock(Prefix));
        Assert.Equal(20, SsmParameterLayout.MasterPkiFiles.Count);
    }

    [Fact]
    public void Secrets_are_secure_strings_that_nodes_cannot_read_except_their_token()
    {
        var all = SsmParameterLayout.All(Prefix);

        Assert.Equal(29, all.Count);
        Assert.Equal(["/kaws/demo/node/bootstrap-token", "/kaws/demo/cluster/ca.crt", "/kaws/demo/cluster/api-endpoint"],
            all.Where(parameter => parameter.Readers == SsmParameterReaders.MastersAndNodes).Select(parameter => parameter.Name));
        Assert.All(all.Where(parameter => parameter.Name.Contains("/master/", StringComparison.Ordinal) && !parameter.WrittenAtBoot), parameter => Assert.True(parameter.SecureString));
        Assert.Equal(["/kaws/demo/master/init-lock"], all.Where(parameter => parameter.WrittenAtBoot).Select(parameter => parameter.Name));
    }

    [Fact]
    public void An_unknown_pki_file_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SsmParameterLayout.MasterPki(Prefix, "etcd-server.key"));
    }

    [Fact]
    public void The_boot_script_reads_the_same_names()
    {
        var documents = BootDocumentBuilder.Build(BootFixtures.Development);

        foreach (var suffix in new[] { "/master/encryption-key-", "/master/encryption-config", "/master/etcd-backup-bucket", "/master/etcd-backup-kms-key-arn", "/master/bootstrap-token", "/node/bootstrap-token", "/cluster/api-endpoint", "/master/init-lock" })
        {
            Assert.Contains("$SSM_PREFIX" + suffix, documents.MasterCloudInit, StringComparison.Ordinal);
        }

        Assert.Contains("$SSM_PREFIX/cluster/ca.crt", documents.NodeCloudInit, StringComparison.Ordinal);
    }
}
