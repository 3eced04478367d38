namespace Kaws.Kubernetes.Boot;

/// <summary>The operating-system files every instance gets: kernel modules, sysctls and the containerd config.</summary>
public static class HostConfigFiles
{
    public static string KernelModules() => """
        # kaws: overlay for container images, br_netfilter so bridged pod traffic passes iptables.
        overlay
        br_netfilter

        """;

    public static string Sysctls()
    {
        var lines = new List<string> { "# kaws: kernel settings the kubelet insists on (protectKernelDefaults) and pod networking needs." };
        lines.AddRange(KubeletConfigBuilder.ProtectedKernelDefaults.Select(setting => $"{setting.Key} = {setting.Value}"));
        lines.Add("net.bridge.bridge-nf-call-ip6tables = 1");
        lines.Add("net.bridge.bridge-nf-call-iptables = 1");
        lines.Add("net.ipv4.ip_forward = 1");
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>
    /// containerd 2.x (config version 3): the runc runtime with systemd cgroups, matching the kubelet's driver;
    /// on a gVisor node also the runsc runtime, whose shim kaws-install puts on the PATH.
    /// </summary>
    public static string Containerd(bool gvisor = false) => """
        # kaws: containerd for the kubelet; systemd cgroups to match the kubelet's cgroupDriver.
        version = 3

        [plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc]
          runtime_type = 'io.containerd.runc.v2'

        [plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.options]
          SystemdCgroup = true

        """ + (gvisor ? $"""

        # gVisor: pods of the gvisor RuntimeClass run in a user-space kernel (containerd-shim-runsc-v1).
        [plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.{GvisorSettings.RuntimeHandler}]
          runtime_type = 'io.containerd.runsc.v1'

        """ : "");
}
