namespace Kaws.Kubernetes.Boot;

/// <summary>Renders all boot documents of a cluster from its settings.</summary>
public static class BootDocumentBuilder
{
    /// <summary>The six documents; throws <see cref="InvalidBootSettingsException"/> when the settings do not validate.</summary>
    public static BootDocuments Build(KubernetesBootSettings settings)
    {
        var errors = settings.Validate();
        if (errors.Count > 0)
        {
            throw new InvalidBootSettingsException(errors);
        }

        return new BootDocuments(
            MasterKubeadmConfig: KubeadmConfigBuilder.RenderMaster(settings),
            MasterEncryptionConfig: EncryptionConfigBuilder.Render(settings),
            MasterAuditPolicy: AuditPolicyBuilder.Render(),
            MasterCloudInit: CloudInitBuilder.Render(settings, BootRole.Master),
            NodeKubeadmConfig: KubeadmConfigBuilder.RenderNode(settings),
            NodeCloudInit: CloudInitBuilder.Render(settings, BootRole.Node));
    }
}
