using YamlDotNet.RepresentationModel;
using static Kaws.Kubernetes.Boot.BootYaml;

namespace Kaws.Kubernetes.Boot;

/// <summary>
/// The #cloud-config user data of masters and nodes: every config file and both scripts as write_files,
/// then one runcmd that installs and boots (the second step only runs when the first succeeded). A pure
/// function of the settings with no stack references, so the compiled program carries it as a literal
/// that policy rules can read; secrets and host facts are placeholders the boot script fills in.
/// </summary>
public static class CloudInitBuilder
{
    /// <summary>EC2 refuses user data above 16 KiB.</summary>
    public const int UserDataLimitBytes = 16 * 1024;

    public static string Render(KubernetesBootSettings settings, BootRole role)
    {
        var header = $"""
            #cloud-config
            # kaws {(role == BootRole.Master ? "master" : "node")} for cluster {settings.ClusterName}: Kubernetes {settings.Release.KubeadmVersion} on Ubuntu {HostImage.UbuntuRelease} LTS.
            # No secret is in this file: kaws-boot reads them from SSM under {settings.EffectiveSsmPrefix} with the instance role.
            """;
        return BootYamlWriter.Write([Build(settings, role)], header);
    }

    public static YamlMappingNode Build(KubernetesBootSettings settings, BootRole role) => Map(
        ("write_files", Seq(Files(settings, role))),
        ("runcmd", Strings([$"{BootFilePaths.InstallScript} && {BootFilePaths.BootScript}"])));

    /// <summary>The files cloud-init writes, by path, with their modes; also what tests extract and judge.</summary>
    public static IReadOnlyList<(string Path, string Permissions, string Content)> FileList(KubernetesBootSettings settings, BootRole role)
    {
        var files = new List<(string, string, string)>
        {
            (BootFilePaths.KernelModules, "0644", HostConfigFiles.KernelModules()),
            (BootFilePaths.Sysctls, "0644", HostConfigFiles.Sysctls()),
            (BootFilePaths.ContainerdConfig, "0644", HostConfigFiles.Containerd(SandboxOf(settings, role) is not null)),
        };
        if (role == BootRole.Master)
        {
            files.Add((BootFilePaths.KubeadmConfigTemplate, "0600", KubeadmConfigBuilder.RenderMaster(settings)));
            files.Add((BootFilePaths.EncryptionConfig, "0600", EncryptionConfigBuilder.Render(settings)));
            files.Add((BootFilePaths.AuditPolicy, "0600", AuditPolicyBuilder.Render()));
            files.Add((BootFilePaths.AdmissionConfig, "0600", AdmissionConfigBuilder.Render(settings)));
            files.Add((BootFilePaths.AuthenticationConfig, "0600", AuthenticationConfigBuilder.Render()));
            if (settings.EncryptionProvider == EncryptionProviderKind.Kms)
            {
                files.Add((BootFilePaths.KmsPluginManifest, "0600", KmsPluginManifestBuilder.Render(settings)));
            }

            files.Add((BootFilePaths.BootScript, "0700", BootScript.RenderMaster(settings)));
            if (settings.EncryptionProvider != EncryptionProviderKind.Kms)
            {
                files.Add((BootFilePaths.EncryptionKeysScript, "0700", EncryptionKeysScript.Render(settings)));
            }

            files.Add((BootFilePaths.EtcdBackupScript, "0700", EtcdBackupScript.Render(settings)));
            files.AddRange(SystemdUnits.Master(settings).Select(unit => ($"{BootFilePaths.SystemdUnitDirectory}/{unit.Name}", "0644", unit.Content)));
        }
        else
        {
            files.Add((BootFilePaths.KubeadmConfigTemplate, "0600", KubeadmConfigBuilder.RenderNode(settings)));
            files.Add((BootFilePaths.BootScript, "0700", BootScript.RenderNode(settings)));
        }

        files.Add((BootFilePaths.InstallScript, "0700", InstallScript.Render(settings, SandboxOf(settings, role))));
        return files;
    }

    private static IEnumerable<YamlNode> Files(KubernetesBootSettings settings, BootRole role) =>
        FileList(settings, role).Select(file => (YamlNode)Map(
            ("path", Str(file.Path)),
            ("owner", Str("root:root")),
            ("permissions", Str(file.Permissions)),
            ("content", Str(file.Content))));

    /// <summary>gVisor applies to workers of a sandbox group only.</summary>
    private static GvisorSettings? SandboxOf(KubernetesBootSettings settings, BootRole role) => role == BootRole.Node ? settings.Gvisor : null;
}
