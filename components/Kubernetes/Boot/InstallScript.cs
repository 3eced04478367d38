namespace Kaws.Kubernetes.Boot;

/// <summary>
/// kaws-install, run first on every instance: kernel settings, the pkgs.k8s.io repository (its signing key
/// checked against a pinned fingerprint), then containerd, the AWS CLI, kubelet and kubeadm at pinned
/// versions, held so unattended upgrades cannot move them.
/// </summary>
public static class InstallScript
{
    /// <summary>The pkgs.k8s.io (isv:kubernetes OBS project) signing key; renewals keep the fingerprint.</summary>
    public const string KubernetesKeyFingerprint = "DE15B14486CD377B9E876E1A234654DA9A296436";

    public static string Render(KubernetesBootSettings settings, GvisorSettings? gvisor = null)
    {
        var release = settings.Release;
        return $$"""
            #!/bin/bash
            # kaws-install: pinned container runtime, Kubernetes packages and AWS CLI for cluster {{settings.ClusterName}}.
            set -euo pipefail
            umask 022

            readonly K8S_REPOSITORY={{ShellText.Quote(release.RepositoryUrl)}}
            readonly K8S_KEY_FINGERPRINT={{ShellText.Quote(KubernetesKeyFingerprint)}}
            readonly K8S_PACKAGE_VERSION={{ShellText.Quote(release.PackageVersion)}}
            readonly CONTAINERD_VERSION={{ShellText.Quote(settings.ContainerdVersion)}}
            readonly AWSCLI_VERSION={{ShellText.Quote(settings.AwsCliVersion)}}
            readonly KEYRING=/etc/apt/keyrings/kubernetes-apt-keyring.gpg
            export DEBIAN_FRONTEND=noninteractive

            log() {
              printf 'kaws-install: %s\n' "$*" >&2
            }

            retry() {
              local attempt
              for attempt in 1 2 3 4 5; do
                if "$@"; then
                  return 0
                fi
                log "attempt $attempt of: $* failed"
                sleep $((attempt * 5))
              done
              return 1
            }

            # The kubelet refuses to start with protectKernelDefaults unless these are already in place.
            swapoff -a
            modprobe overlay
            modprobe br_netfilter
            sysctl --quiet --system

            work="$(mktemp -d)"
            trap 'rm -rf "$work"' EXIT
            export GNUPGHOME="$work/gnupg"
            install -d -m 0700 "$GNUPGHOME"

            retry curl -fsSL --proto '=https' --tlsv1.2 -o "$work/Release.key" "${K8S_REPOSITORY}Release.key"
            fingerprints="$(gpg --batch --show-keys --with-colons "$work/Release.key" | awk -F: '$1 == "fpr" { print $10 }')"
            if ! grep -qx "$K8S_KEY_FINGERPRINT" <<<"$fingerprints"; then
              log "the pkgs.k8s.io signing key does not have the pinned fingerprint $K8S_KEY_FINGERPRINT"
              exit 1
            fi
            install -d -m 0755 /etc/apt/keyrings
            gpg --batch --yes --dearmor -o "$KEYRING" "$work/Release.key"
            chmod 0644 "$KEYRING"
            printf 'deb [signed-by=%s] %s /\n' "$KEYRING" "$K8S_REPOSITORY" >/etc/apt/sources.list.d/kubernetes.list

            retry apt-get update -q
            # --force-confold keeps the containerd config that cloud-init wrote before the package arrived.
            retry apt-get install -y -q --no-install-recommends \
              -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
              "containerd=$CONTAINERD_VERSION" "awscli=$AWSCLI_VERSION" \
              "kubelet=$K8S_PACKAGE_VERSION" "kubeadm=$K8S_PACKAGE_VERSION"
            apt-mark hold containerd awscli kubelet kubeadm
            {{(gvisor is null ? "" : GvisorInstall(gvisor))}}systemctl enable kubelet
            systemctl restart containerd
            log "installed containerd $CONTAINERD_VERSION, awscli $AWSCLI_VERSION, kubelet and kubeadm $K8S_PACKAGE_VERSION"

            """;
    }

    /// <summary>
    /// runsc and its containerd shim from the pinned gVisor release, each checked against the .sha512 published
    /// beside it before it is installed; containerd's runsc runtime (in its config) finds the shim on the PATH.
    /// </summary>
    private static string GvisorInstall(GvisorSettings gvisor) => $$"""
        readonly GVISOR_URL={{ShellText.Quote($"{GvisorSettings.ReleaseBucket}/{gvisor.Release}")}}
        gvisor_dir="$work/gvisor"
        install -d -m 0700 "$gvisor_dir"
        for binary in runsc containerd-shim-runsc-v1; do
          retry curl -fsSL --proto '=https' --tlsv1.2 -o "$gvisor_dir/$binary" "$GVISOR_URL/$(uname -m)/$binary"
          retry curl -fsSL --proto '=https' --tlsv1.2 -o "$gvisor_dir/$binary.sha512" "$GVISOR_URL/$(uname -m)/$binary.sha512"
        done
        (cd "$gvisor_dir" && sha512sum --check --strict runsc.sha512 containerd-shim-runsc-v1.sha512)
        install -m 0755 "$gvisor_dir/runsc" "$gvisor_dir/containerd-shim-runsc-v1" /usr/local/bin/
        log "installed gVisor {{gvisor.Release}} (runsc)"

        """;
}
