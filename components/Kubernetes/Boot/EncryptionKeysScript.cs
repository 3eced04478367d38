namespace Kaws.Kubernetes.Boot;

/// <summary>
/// kaws-encryption-keys, on masters with secretbox or aescbc: writes the API server's EncryptionConfiguration from
/// SSM. Pulumi stores the configuration of the current rotation stage with each key as a placeholder
/// (P/master/encryption-config); this fills in every generation it names from P/master/encryption-key-N and
/// replaces the file atomically, only when it changed. kaws-boot runs it before kubeadm; a systemd timer runs it
/// every few minutes, so a rotation stage applied by <c>pulumi up</c> reaches running masters, and the API server
/// picks the new file up by itself (encryption-provider-config-automatic-reload). Any failure leaves the old file.
/// </summary>
public static class EncryptionKeysScript
{
    public const string ServiceName = "kaws-encryption-keys.service";
    public const string TimerName = "kaws-encryption-keys.timer";

    public static string Render(KubernetesBootSettings settings) => $$"""
        #!/bin/bash
        # kaws-encryption-keys: the EncryptionConfiguration of cluster {{settings.ClusterName}}, rebuilt from SSM.
        set -euo pipefail
        umask 077

        readonly SSM_PREFIX={{ShellText.Quote(settings.EffectiveSsmPrefix)}}
        readonly TARGET={{BootFilePaths.EncryptionConfig}}
        readonly KEY_BYTES={{SsmParameterLayout.EncryptionKeyBytes}}
        readonly PLACEHOLDER='{{BootPlaceholders.EncryptionKeyPrefix}}([0-9]+)__'
        export AWS_DEFAULT_REGION={{ShellText.Quote(settings.Region)}}
        export AWS_PAGER=''

        log() {
          printf 'kaws-encryption-keys: %s\n' "$*" >&2
        }

        fail() {
          log "$*"
          exit 1
        }

        # Prints one parameter's decrypted value for the caller to capture; nothing else ever prints it.
        ssm_value() {
          aws ssm get-parameter --name "$1" --with-decryption --query Parameter.Value --output text
        }

        main() {
          local content placeholder generation key staging
          content="$(ssm_value "$SSM_PREFIX/master/encryption-config")" || fail "cannot read $SSM_PREFIX/master/encryption-config"
          [[ "$content" == *"kind: EncryptionConfiguration"* ]] || fail "$SSM_PREFIX/master/encryption-config is not an EncryptionConfiguration"
          while [[ "$content" =~ $PLACEHOLDER ]]; do
            placeholder="${BASH_REMATCH[0]}"
            generation="${BASH_REMATCH[1]}"
            key="$(ssm_value "$SSM_PREFIX/master/encryption-key-$generation")" || fail "cannot read $SSM_PREFIX/master/encryption-key-$generation"
            if [[ "$(printf '%s' "$key" | base64 -d 2>/dev/null | wc -c)" -ne "$KEY_BYTES" ]]; then
              fail "$SSM_PREFIX/master/encryption-key-$generation must be $KEY_BYTES random bytes, base64-encoded"
            fi
            # printf is a builtin and the replacement happens in this shell: the key is never an argument.
            content="${content//"$placeholder"/"$key"}"
          done
          unset key

          staging="$(mktemp "$TARGET.XXXXXX")"
          printf '%s\n' "$content" >"$staging"
          unset content
          if cmp -s "$staging" "$TARGET"; then
            rm -f "$staging"
            return 0
          fi
          chown root:root "$staging"
          chmod 0600 "$staging"
          mv -f "$staging" "$TARGET"
          log "wrote $TARGET with the key order of the current rotation stage"
        }

        main "$@"

        """;
}
