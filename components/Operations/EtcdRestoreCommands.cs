using System.Text;
using Kaws.Kubernetes.Boot;

namespace Kaws.Operations;

/// <summary>
/// The ordered shell steps that restore one etcd snapshot onto a cluster's running masters: fetch it with a
/// short-lived presigned URL (masters may only write the bucket), stop the control plane everywhere, rebuild every
/// member's data directory with etcdutl from the cluster's own etcd image (names and peer URLs read from the
/// kubeadm etcd manifest; the revision is bumped and older revisions marked compacted, so API server watches
/// cannot silently miss changes across the restore), swap it in and restart. A pure function of its inputs, printed by
/// <c>kaws backup restore-commands</c>.
/// </summary>
public static class EtcdRestoreCommands
{
    private const string Stopped = "/etc/kubernetes/manifests-stopped";
    private const string Work = "/var/lib/kaws-restore";

    /// <summary>The bucket's name as a stack output (the bucket is named by the engine).</summary>
    public const string BucketOutput = "etcdBackupBucket";

    public static string Render(string stackName, string clusterName, int masterCount, string snapshotKey)
    {
        if (!EtcdBackupLayout.IsSnapshotKey(clusterName, snapshotKey))
        {
            throw new ArgumentException($"'{snapshotKey}' is not a snapshot of cluster {clusterName}", nameof(snapshotKey));
        }

        var stamp = snapshotKey[(snapshotKey.LastIndexOf('/') + 1)..][..16];
        var key = ShellText.Quote(snapshotKey);
        var single = masterCount == 1;
        var crictl = $"crictl --runtime-endpoint {BootFilePaths.CriSocket}";
        var text = new StringBuilder();
        text.Append($"""
            # kaws: restore cluster {clusterName} (stack {stackName}) from the etcd snapshot
            #   {snapshotKey}
            # Every change made after the snapshot is lost. Run the steps in order and finish each one on
            # {(single ? "the master" : $"all {masterCount} masters")} before starting the next. Secrets in the snapshot are encrypted with the
            # key generations of its time: if kaws:encryptionKeyGeneration moved past them since, those secrets
            # cannot be decrypted after the restore.

            ## 1. On your workstation, with credentials that may read the bucket and decrypt with the cluster key:
            BUCKET="$({ShellText.StackOutput(BucketOutput, stackName)})"
            aws s3api head-object --bucket "$BUCKET" --key {key} --query '[ContentLength,SSEKMSKeyId]' --output text
            aws s3 presign "s3://$BUCKET/"{key} --expires-in 900
            # The URL printed last reads the snapshot for 15 minutes: use it in step 3 only, do not store it.

            ## 2. On {(single ? "the master" : "every master")} (root, through SSM Session Manager): stop the backups and the control plane.
            systemctl stop {EtcdBackupScript.HourlyTimer} {EtcdBackupScript.DailyTimer}
            install -d -m 0700 {Stopped} {Work}
            mv {BootFilePaths.StaticPodManifests}/*.yaml {Stopped}/
            until [ -z "$({crictl} ps --quiet --name '^(etcd|kube-apiserver)$')" ]; do sleep 2; done

            """);
        if (!single)
        {
            text.Append($"""
                # Print this master's etcd member entry; step 3 needs the entries of all {masterCount} masters.
                printf '%s=%s\n' "$(sed -n 's/^ *- --name=//p' {Stopped}/etcd.yaml)" "$(sed -n 's/^ *- --initial-advertise-peer-urls=//p' {Stopped}/etcd.yaml)"

                """);
        }

        text.Append($"""

            ## 3. On {(single ? "the master" : "every master")}: rebuild etcd's data directory from the snapshot.
            SNAPSHOT_URL='<the URL printed in step 1>'

            """);
        text.Append(single
            ? ""
            : $"INITIAL_CLUSTER='<the {masterCount} entries printed in step 2, joined with commas; the same on every master>'\n");
        text.Append($"""
            ETCD_NAME="$(sed -n 's/^ *- --name=//p' {Stopped}/etcd.yaml)"
            PEER_URL="$(sed -n 's/^ *- --initial-advertise-peer-urls=//p' {Stopped}/etcd.yaml)"
            ETCD_IMAGE="$(sed -n 's/^ *image: //p' {Stopped}/etcd.yaml)"

            """);
        if (single)
        {
            text.Append("INITIAL_CLUSTER=\"$ETCD_NAME=$PEER_URL\"\n");
        }

        text.Append($"""
            curl -fsS --proto '=https' -o {Work}/snapshot.db "$SNAPSHOT_URL"
            rm -rf {Work}/etcd
            ctr --namespace k8s.io run --rm --mount type=bind,src={Work},dst={Work},options=rbind:rw "$ETCD_IMAGE" kaws-etcd-restore \
              etcdutl snapshot restore {Work}/snapshot.db \
              --name "$ETCD_NAME" --initial-cluster "$INITIAL_CLUSTER" --initial-advertise-peer-urls "$PEER_URL" \
              --initial-cluster-token 'kaws-restore-{stamp}' --data-dir {Work}/etcd \
              --bump-revision 1000000000 --mark-compacted

            ## 4. On {(single ? "the master" : "every master")}: swap the data directory in and start the control plane again.
            mv {BootFilePaths.EtcdDataDirectory} "{BootFilePaths.EtcdDataDirectory}.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
            mv {Work}/etcd {BootFilePaths.EtcdDataDirectory}
            chmod 0700 {BootFilePaths.EtcdDataDirectory}
            rm -f {Work}/snapshot.db
            mv {Stopped}/*.yaml {BootFilePaths.StaticPodManifests}/
            systemctl restart kubelet

            ## 5. Check, then resume the backups (on {(single ? "the master" : "every master")}):
            until curl -fsS --cacert {BootFilePaths.PkiDirectory}/ca.crt https://127.0.0.1:{BootFilePaths.ApiServerPort}/readyz; do sleep 5; done
            {crictl} exec "$({crictl} ps --quiet --name '^etcd$')" etcdctl --endpoints=https://127.0.0.1:2379 \
              --cacert={BootFilePaths.PkiDirectory}/etcd/ca.crt --cert={BootFilePaths.PkiDirectory}/etcd/healthcheck-client.crt \
              --key={BootFilePaths.PkiDirectory}/etcd/healthcheck-client.key member list --write-out=table
            systemctl start {EtcdBackupScript.HourlyTimer} {EtcdBackupScript.DailyTimer}
            # When the cluster is healthy, remove {BootFilePaths.EtcdDataDirectory}.before-restore-* on each master.

            """);
        return text.ToString();
    }
}
