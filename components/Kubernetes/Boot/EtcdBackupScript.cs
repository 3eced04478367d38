namespace Kaws.Kubernetes.Boot;

/// <summary>
/// kaws-etcd-backup TIER, on every master from a systemd timer (hourly and daily): takes a snapshot with the
/// etcdctl inside the running etcd static pod (the exact etcd version of the cluster, with its client
/// certificates), and uploads it SSE-KMS with the cluster key to the backup bucket under the cluster's prefix.
/// The bucket and key come from SSM; the instance role may only put objects under that prefix.
/// </summary>
public static class EtcdBackupScript
{
    public const string ServiceTemplate = "kaws-etcd-backup@.service";
    public const string HourlyTimer = "kaws-etcd-backup-hourly.timer";
    public const string DailyTimer = "kaws-etcd-backup-daily.timer";

    public static string Render(KubernetesBootSettings settings) => $$"""
        #!/bin/bash
        # kaws-etcd-backup: an etcd snapshot of cluster {{settings.ClusterName}} to S3 (SSE-KMS, cluster key).
        set -euo pipefail
        umask 077

        readonly SSM_PREFIX={{ShellText.Quote(settings.EffectiveSsmPrefix)}}
        readonly BACKUP_PREFIX={{ShellText.Quote(EtcdBackupLayout.ClusterPrefix(settings.ClusterName))}}
        readonly ETCD_DATA_DIR={{BootFilePaths.EtcdDataDirectory}}
        readonly ETCD_PKI={{BootFilePaths.PkiDirectory}}/etcd
        readonly CRI_ENDPOINT={{BootFilePaths.CriSocket}}
        export AWS_DEFAULT_REGION={{ShellText.Quote(settings.Region)}}
        export AWS_PAGER=''

        log() {
          printf 'kaws-etcd-backup: %s\n' "$*" >&2
        }

        fail() {
          log "$*"
          exit 1
        }

        ssm_value() {
          aws ssm get-parameter --name "$1" --with-decryption --query Parameter.Value --output text
        }

        # IMDSv2; the session token reaches curl on stdin, not on its command line.
        imds() {
          local token
          token="$(curl -fsS --max-time 5 -X PUT -H 'X-aws-ec2-metadata-token-ttl-seconds: 60' http://169.254.169.254/latest/api/token)"
          printf 'X-aws-ec2-metadata-token: %s\n' "$token" | curl -fsS --max-time 5 -H @- "http://169.254.169.254/latest/meta-data/$1"
        }

        # Global, so the exit trap still sees it after main returns.
        snapshot=''
        remove_snapshot() {
          if [[ -n "$snapshot" ]]; then
            rm -f "$snapshot" "$snapshot.part"
          fi
        }
        trap remove_snapshot EXIT

        main() {
          local tier="${1:-}" bucket key_arn container instance_id name object
          [[ "$tier" == {{EtcdBackupLayout.Hourly}} || "$tier" == {{EtcdBackupLayout.Daily}} ]] || fail "usage: kaws-etcd-backup {{EtcdBackupLayout.Hourly}}|{{EtcdBackupLayout.Daily}}"
          bucket="$(ssm_value "$SSM_PREFIX/master/etcd-backup-bucket")"
          [[ "$bucket" =~ ^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$ ]] || fail "$SSM_PREFIX/master/etcd-backup-bucket is not a bucket name"
          key_arn="$(ssm_value "$SSM_PREFIX/master/etcd-backup-kms-key-arn")"
          [[ "$key_arn" =~ ^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+$ ]] || fail "$SSM_PREFIX/master/etcd-backup-kms-key-arn is not a KMS key ARN"

          container="$(crictl --runtime-endpoint "$CRI_ENDPOINT" ps --state running --name '^etcd$' --quiet | head -n 1)"
          [[ -n "$container" ]] || fail "no running etcd container on this master"
          instance_id="$(imds instance-id)"
          name="$(date -u +%Y%m%dT%H%M%SZ)-$instance_id.db"
          # etcd's data directory is the one host path the etcd container can write, at the same path.
          snapshot="$ETCD_DATA_DIR/kaws-snapshot-$name"

          crictl --runtime-endpoint "$CRI_ENDPOINT" exec "$container" etcdctl \
            --endpoints=https://127.0.0.1:2379 \
            --cacert="$ETCD_PKI/ca.crt" --cert="$ETCD_PKI/healthcheck-client.crt" --key="$ETCD_PKI/healthcheck-client.key" \
            snapshot save "$snapshot" >/dev/null
          object="$BACKUP_PREFIX$tier/$name"
          aws s3 cp --only-show-errors --sse aws:kms --sse-kms-key-id "$key_arn" "$snapshot" "s3://$bucket/$object"
          log "uploaded s3://$bucket/$object"
        }

        main "$@"

        """;
}
