using System.Text;

namespace Kaws.Kubernetes.Boot;

/// <summary>
/// kaws-boot, run after kaws-install: reads the instance's secrets from SSM with its own role, fills the
/// placeholders in the boot documents, then runs kubeadm. Masters race for P/master/init-lock (an SSM
/// put-parameter without --overwrite succeeds for exactly one caller): the winner runs kubeadm init, the
/// others wait until the API answers /readyz and join as control-plane members. Nodes wait the same way
/// and join. Secret values stay in shell variables and 0600 root files: never echoed, never on a command line.
/// </summary>
public static class BootScript
{
    /// <summary>Where each master PKI parameter goes; null means not fetched (see <see cref="SsmParameterLayout"/>).</summary>
    private static readonly (string File, string? Target)[] MasterPkiTargets =
    [
        ("ca.crt", "$PKI_DIR/ca.crt"), ("ca.key", "$PKI_DIR/ca.key"),
        ("etcd-ca.crt", "$PKI_DIR/etcd/ca.crt"), ("etcd-ca.key", "$PKI_DIR/etcd/ca.key"),
        ("front-proxy-ca.crt", "$PKI_DIR/front-proxy-ca.crt"), ("front-proxy-ca.key", "$PKI_DIR/front-proxy-ca.key"),
        ("sa.key", "$PKI_DIR/sa.key"), ("sa.pub", "$PKI_DIR/sa.pub"),
        // kubeadm verifies an existing apiserver.crt names this host's IP and hostname, which no shared
        // certificate can know, so it mints the serving certificate here from ca.key instead.
        ("apiserver.crt", null), ("apiserver.key", null),
        ("apiserver-kubelet-client.crt", "$PKI_DIR/apiserver-kubelet-client.crt"), ("apiserver-kubelet-client.key", "$PKI_DIR/apiserver-kubelet-client.key"),
        ("apiserver-etcd-client.crt", "$PKI_DIR/apiserver-etcd-client.crt"), ("apiserver-etcd-client.key", "$PKI_DIR/apiserver-etcd-client.key"),
        ("front-proxy-client.crt", "$PKI_DIR/front-proxy-client.crt"), ("front-proxy-client.key", "$PKI_DIR/front-proxy-client.key"),
        ("controller-manager.crt", "$CREDENTIALS_DIR/controller-manager.crt"), ("controller-manager.key", "$CREDENTIALS_DIR/controller-manager.key"),
        ("scheduler.crt", "$CREDENTIALS_DIR/scheduler.crt"), ("scheduler.key", "$CREDENTIALS_DIR/scheduler.key"),
    ];

    public static string RenderMaster(KubernetesBootSettings settings)
    {
        var prefix = settings.EffectiveSsmPrefix;
        var usesKms = settings.EncryptionProvider == EncryptionProviderKind.Kms;
        var fetches = new StringBuilder();
        foreach (var (file, target) in MasterPkiTargets.Where(placement => placement.Target is not null))
        {
            fetches.Append($"  fetch_to_file \"$SSM_PREFIX/master/pki/{file}\" \"{target}\"\n");
        }

        var encryptionKey = usesKms
            ? "  # KMS v2: the API server gets its data keys from the aws-encryption-provider; no local key.\n"
            : $"  # The EncryptionConfiguration of the current rotation stage, keys filled in from SSM.\n  {BootFilePaths.EncryptionKeysScript}\n\n";
        var timers = string.Join(' ', SystemdUnits.MasterTimers(settings));

        return Prologue(settings, "master") + MasterVariables + CommonFunctions + $$"""
            # Writes a kubeconfig for a control-plane component from its SSM client certificate; kubeadm keeps an
            # existing kubeconfig whose CA matches. base64 reads files, so no key material reaches a command line.
            # The CA is the first certificate of ca.crt (the signer, which kubeadm compares against) even while a
            # CA rotation makes ca.crt a two-certificate bundle.
            write_kubeconfig() {
              local file="$1" user="$2" name="$3" server="$4" staging
              staging="$(mktemp "$file.XXXXXX")"
              {
                printf 'apiVersion: v1\nkind: Config\nclusters:\n- name: %s\n  cluster:\n    certificate-authority-data: %s\n    server: %s\n' \
                  "$CLUSTER_NAME" "$(openssl x509 -in "$PKI_DIR/ca.crt" | base64 -w0)" "$server"
                printf 'contexts:\n- name: %s@%s\n  context:\n    cluster: %s\n    user: %s\ncurrent-context: %s@%s\n' \
                  "$user" "$CLUSTER_NAME" "$CLUSTER_NAME" "$user" "$user" "$CLUSTER_NAME"
                printf 'preferences: {}\nusers:\n- name: %s\n  user:\n    client-certificate-data: %s\n    client-key-data: %s\n' \
                  "$user" "$(base64 -w0 "$CREDENTIALS_DIR/$name.crt")" "$(base64 -w0 "$CREDENTIALS_DIR/$name.key")"
              } >"$staging"
              chmod 0600 "$staging"
              mv -f "$staging" "$file"
            }

            fetch_pki() {
              install -d -m 0700 "$PKI_DIR" "$PKI_DIR/etcd" "$CREDENTIALS_DIR"
            {{fetches}}}

            # Exactly one master creates the lock (no --overwrite); every other one gets ParameterAlreadyExists.
            claim_init_lock() {
              local value="$1" error
              if error="$(aws ssm put-parameter --name "$SSM_PREFIX/master/init-lock" --type String --value "$value" 2>&1 >/dev/null)"; then
                return 0
              fi
              if [[ "$error" == *ParameterAlreadyExists* ]]; then
                return 1
              fi
              fail "cannot create $SSM_PREFIX/master/init-lock: $error"
            }

            # A lock left by an earlier cluster of the same name names another CA: waiting for it would never end.
            # During a CA rotation ca.crt holds both generations, and the lock may name either of them.
            check_init_lock() {
              local holder trusted
              holder="$(ssm_value "$SSM_PREFIX/master/init-lock")"
              trusted="$(ca_bundle_hashes "$PKI_DIR/ca.crt")"
              if [[ $'\n'"$trusted"$'\n' != *$'\n'"${holder%% *}"$'\n'* ]]; then
                fail "$SSM_PREFIX/master/init-lock ($holder) belongs to another cluster CA; delete it, then replace this instance"
              fi
              log "kubeadm init runs on ${holder#* }"
            }

            main() {
              local node_ip node_name instance_id api_endpoint ca_hash master_token node_token
              node_ip="$(imds local-ipv4)"
              node_name="$(node_dns_name)"
              instance_id="$(imds instance-id)"
              api_endpoint="$(read_api_endpoint)"

              fetch_pki
              ca_hash="$(ca_cert_hash "$PKI_DIR/ca.crt")"
              write_kubeconfig /etc/kubernetes/controller-manager.conf system:kube-controller-manager controller-manager "https://$node_ip:$API_PORT"
              write_kubeconfig /etc/kubernetes/scheduler.conf system:kube-scheduler scheduler "https://$node_ip:$API_PORT"
              rm -rf "$CREDENTIALS_DIR"

            {{encryptionKey}}  master_token="$(ssm_value "$SSM_PREFIX/master/bootstrap-token")"
              check_token "$master_token" "$SSM_PREFIX/master/bootstrap-token"
              node_token="$(ssm_value "$SSM_PREFIX/node/bootstrap-token")"
              check_token "$node_token" "$SSM_PREFIX/node/bootstrap-token"

              render_kubeadm_config
              substitute "$RENDERED_CONFIG" {{BootPlaceholders.ApiEndpoint}} "$api_endpoint"
              substitute "$RENDERED_CONFIG" {{BootPlaceholders.NodeIp}} "$node_ip"
              substitute "$RENDERED_CONFIG" {{BootPlaceholders.NodeName}} "$node_name"
              substitute "$RENDERED_CONFIG" {{BootPlaceholders.CaCertHash}} "$ca_hash"
              substitute "$RENDERED_CONFIG" {{BootPlaceholders.MasterBootstrapToken}} "$master_token"
              substitute "$RENDERED_CONFIG" {{BootPlaceholders.NodeBootstrapToken}} "$node_token"
              unset master_token node_token

              if claim_init_lock "$ca_hash $instance_id"; then
                log "this instance holds $SSM_PREFIX/master/init-lock: running kubeadm init"
                kubeadm init --config "$RENDERED_CONFIG" --skip-token-print
              else
                check_init_lock
                wait_for_api "$api_endpoint" "$PKI_DIR/ca.crt"
                # Spread simultaneous joins: etcd admits one learner member at a time.
                sleep $((RANDOM % 30))
                kubeadm join --config "$RENDERED_CONFIG"
              fi
              log "this master is part of cluster $CLUSTER_NAME"
              # Day-2 timers: etcd snapshots to S3, and (secretbox/aescbc) encryption-key rotation stages from SSM.
              systemctl daemon-reload
              systemctl enable --now {{timers}}
            }

            main "$@"

            """;
    }

    public static string RenderNode(KubernetesBootSettings settings) =>
        Prologue(settings, "node") + CommonFunctions + $$"""
            main() {
              local node_ip node_name api_endpoint ca_hash node_token
              node_ip="$(imds local-ipv4)"
              node_name="$(node_dns_name)"
              api_endpoint="$(read_api_endpoint)"

              install -d -m 0700 /etc/kaws
              fetch_to_file "$SSM_PREFIX/cluster/ca.crt" {{BootFilePaths.NodeClusterCa}}
              ca_hash="$(ca_cert_hash {{BootFilePaths.NodeClusterCa}})"
              node_token="$(ssm_value "$SSM_PREFIX/node/bootstrap-token")"
              check_token "$node_token" "$SSM_PREFIX/node/bootstrap-token"

              render_kubeadm_config
              substitute "$RENDERED_CONFIG" {{BootPlaceholders.ApiEndpoint}} "$api_endpoint"
              substitute "$RENDERED_CONFIG" {{BootPlaceholders.NodeIp}} "$node_ip"
              substitute "$RENDERED_CONFIG" {{BootPlaceholders.NodeName}} "$node_name"
              substitute "$RENDERED_CONFIG" {{BootPlaceholders.CaCertHash}} "$ca_hash"
              substitute "$RENDERED_CONFIG" {{BootPlaceholders.NodeBootstrapToken}} "$node_token"
              unset node_token

              wait_for_api "$api_endpoint" {{BootFilePaths.NodeClusterCa}}
              kubeadm join --config "$RENDERED_CONFIG"
              log "this node is part of cluster $CLUSTER_NAME"
            }

            main "$@"

            """;

    private static string Prologue(KubernetesBootSettings settings, string role) => $$"""
        #!/bin/bash
        # kaws-boot ({{role}}): joins this instance to cluster {{settings.ClusterName}} with secrets read from SSM at boot.
        set -euo pipefail
        umask 077

        readonly CLUSTER_NAME={{ShellText.Quote(settings.ClusterName)}}
        readonly SSM_PREFIX={{ShellText.Quote(settings.EffectiveSsmPrefix)}}
        readonly API_LB_PORT={{BootFilePaths.ApiLoadBalancerPort}}
        readonly INIT_WAIT_SECONDS={{settings.InitWaitSeconds}}
        readonly CONFIG_TEMPLATE={{BootFilePaths.KubeadmConfigTemplate}}
        readonly RENDERED_CONFIG={{BootFilePaths.KubeadmConfigRendered}}
        export AWS_DEFAULT_REGION={{ShellText.Quote(settings.Region)}}
        export AWS_PAGER=''


        """;

    private static readonly string MasterVariables = $"""
        readonly PKI_DIR={BootFilePaths.PkiDirectory}
        readonly API_PORT={BootFilePaths.ApiServerPort}
        readonly CREDENTIALS_DIR=/run/kaws/credentials


        """;

    private const string CommonFunctions = """
        log() {
          printf 'kaws-boot: %s\n' "$*" >&2
        }

        fail() {
          log "$*"
          exit 1
        }

        # IMDSv2; the session token reaches curl on stdin, not on its command line.
        imds() {
          local token
          token="$(curl -fsS --max-time 5 -X PUT -H 'X-aws-ec2-metadata-token-ttl-seconds: 60' http://169.254.169.254/latest/api/token)"
          printf 'X-aws-ec2-metadata-token: %s\n' "$token" | curl -fsS --max-time 5 -H @- "http://169.254.169.254/latest/meta-data/$1"
        }

        # The EC2 private DNS name (first of IMDS local-hostname, lower case): the node name kaws registers.
        node_dns_name() {
          local name
          name="$(imds local-hostname)"
          name="${name%% *}"
          name="${name,,}"
          [[ "$name" =~ ^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$ ]] || fail "IMDS local-hostname '$name' is not a DNS name"
          printf '%s\n' "$name"
        }

        # Prints one parameter's decrypted value for the caller to capture; nothing else ever prints it.
        ssm_value() {
          aws ssm get-parameter --name "$1" --with-decryption --query Parameter.Value --output text
        }

        # Stores one parameter in a 0600 root file, replacing the target only once the read succeeded.
        fetch_to_file() {
          local name="$1" target="$2" staging
          staging="$(mktemp "$target.XXXXXX")"
          if ! ssm_value "$name" >"$staging"; then
            rm -f "$staging"
            fail "cannot read SSM parameter $name"
          fi
          chown root:root "$staging"
          chmod 0600 "$staging"
          mv -f "$staging" "$target"
        }

        read_api_endpoint() {
          local endpoint
          endpoint="$(ssm_value "$SSM_PREFIX/cluster/api-endpoint")"
          [[ "$endpoint" =~ ^[A-Za-z0-9.-]+$ ]] || fail "$SSM_PREFIX/cluster/api-endpoint is not a DNS name"
          printf '%s\n' "$endpoint"
        }

        check_token() {
          [[ "$1" =~ ^[a-z0-9]{6}\.[a-z0-9]{16}$ ]] || fail "$2 is not a bootstrap token of the form [a-z0-9]{6}.[a-z0-9]{16}"
        }

        # Replaces a placeholder with a value held in this shell; printf is a builtin, so the value is never an argument.
        substitute() {
          local file="$1" placeholder="$2" value="$3" content
          content="$(<"$file")"
          [[ "$content" == *"$placeholder"* ]] || fail "placeholder $placeholder is missing from $file"
          content="${content//"$placeholder"/"$value"}"
          printf '%s\n' "$content" >"$file"
        }

        # sha256 of the CA's DER public key: the value of kubeadm's --discovery-token-ca-cert-hash.
        ca_cert_hash() {
          local digest
          digest="$(openssl x509 -in "$1" -noout -pubkey | openssl pkey -pubin -outform DER | sha256sum)"
          printf 'sha256:%s\n' "${digest%% *}"
        }

        # The kubeadm hash of every certificate in a PEM bundle, one a line (a CA rotation trusts two generations).
        ca_bundle_hashes() {
          local line pem=""
          while IFS= read -r line; do
            pem+="$line"$'\n'
            if [[ "$line" == "-----END CERTIFICATE-----" ]]; then
              ca_cert_hash /dev/stdin <<<"$pem"
              pem=""
            fi
          done <"$1"
        }

        # The filled-in kubeadm config lives in tmpfs and only while this script runs.
        render_kubeadm_config() {
          install -d -m 0700 /run/kaws
          install -m 0600 "$CONFIG_TEMPLATE" "$RENDERED_CONFIG"
          trap 'rm -f "$RENDERED_CONFIG"' EXIT
        }

        # Polls /readyz through the load balancer, trusting only the cluster CA, until the cluster answers.
        wait_for_api() {
          local endpoint="$1" ca_file="$2" deadline=$((SECONDS + INIT_WAIT_SECONDS))
          log "waiting for https://$endpoint:$API_LB_PORT/readyz"
          until curl -fsS --max-time 5 --cacert "$ca_file" -o /dev/null "https://$endpoint:$API_LB_PORT/readyz"; do
            if ((SECONDS >= deadline)); then
              fail "the API server at $endpoint:$API_LB_PORT was not ready within $INIT_WAIT_SECONDS seconds"
            fi
            sleep 10
          done
        }


        """;
}
