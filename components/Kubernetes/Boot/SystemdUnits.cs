namespace Kaws.Kubernetes.Boot;

/// <summary>The systemd units masters run kaws's day-2 scripts from: the encryption-key refresh and the etcd backups.</summary>
public static class SystemdUnits
{
    /// <summary>Each unit's file name and content, written to <see cref="BootFilePaths.SystemdUnitDirectory"/>.</summary>
    public static IReadOnlyList<(string Name, string Content)> Master(KubernetesBootSettings settings)
    {
        var units = new List<(string, string)>();
        if (settings.EncryptionProvider != EncryptionProviderKind.Kms)
        {
            units.Add((EncryptionKeysScript.ServiceName, $"""
                [Unit]
                Description=kaws: rewrite the API server's EncryptionConfiguration from SSM
                Wants=network-online.target
                After=network-online.target

                [Service]
                Type=oneshot
                ExecStart={BootFilePaths.EncryptionKeysScript}

                """));
            units.Add((EncryptionKeysScript.TimerName, $"""
                [Unit]
                Description=kaws: pick up encryption-key rotation stages every {settings.EncryptionKeyRefreshMinutes} minutes

                [Timer]
                OnBootSec={settings.EncryptionKeyRefreshMinutes}min
                OnUnitActiveSec={settings.EncryptionKeyRefreshMinutes}min
                RandomizedDelaySec=30

                [Install]
                WantedBy=timers.target

                """));
        }

        units.Add((EtcdBackupScript.ServiceTemplate, $"""
            [Unit]
            Description=kaws: %i etcd snapshot to the backup bucket
            Wants=network-online.target
            After=network-online.target kubelet.service

            [Service]
            Type=oneshot
            ExecStart={BootFilePaths.EtcdBackupScript} %i
            Nice=10
            IOSchedulingClass=idle

            """));
        units.Add((EtcdBackupScript.HourlyTimer, Timer(EtcdBackupLayout.Hourly, EtcdBackupLayout.HourlyCalendar)));
        units.Add((EtcdBackupScript.DailyTimer, Timer(EtcdBackupLayout.Daily, EtcdBackupLayout.DailyCalendar)));
        return units;
    }

    /// <summary>The timers kaws-boot enables once the master has joined.</summary>
    public static IReadOnlyList<string> MasterTimers(KubernetesBootSettings settings) =>
        settings.EncryptionProvider == EncryptionProviderKind.Kms
            ? [EtcdBackupScript.HourlyTimer, EtcdBackupScript.DailyTimer]
            : [EncryptionKeysScript.TimerName, EtcdBackupScript.HourlyTimer, EtcdBackupScript.DailyTimer];

    private static string Timer(string tier, string calendar) => $"""
        [Unit]
        Description=kaws: {tier} etcd snapshot

        [Timer]
        OnCalendar={calendar}
        RandomizedDelaySec={EtcdBackupLayout.RandomDelayMinutes}min
        Persistent=true
        Unit=kaws-etcd-backup@{tier}.service

        [Install]
        WantedBy=timers.target

        """;
}
