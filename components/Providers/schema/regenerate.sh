#!/usr/bin/env bash
# Regenerates the vendored provider schemas (aws.json, kubernetes.json, tls.json, random.json here)
# and the typed C# args (components/Providers/Generated) for the tokens listed in tokens.txt.
#
# Source: the providers' npm SDKs at the pinned versions below. Their TypeScript declarations carry
# every resource's and function's inputs (required = not optional) and outputs, and every nested
# type; extract.mjs reads them with the TypeScript compiler API. With the Pulumi CLI, the full
# schemas are also available from `pulumi package get-schema aws@<version>` (not used here, so that
# the script runs with node and npm alone).
#
# Needs: node and npm (and the npm registry). Deterministic: same versions and tokens, same files.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# The pinned provider versions (the engine is told these through options.version on every resource).
AWS_VERSION=7.48.0
KUBERNETES_VERSION=4.34.2
TLS_VERSION=5.6.1
RANDOM_VERSION=4.21.2
TYPESCRIPT_VERSION=5.9.3

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "@pulumi/aws@$AWS_VERSION" "@pulumi/kubernetes@$KUBERNETES_VERSION" \
  "@pulumi/tls@$TLS_VERSION" "@pulumi/random@$RANDOM_VERSION" "typescript@$TYPESCRIPT_VERSION" >/dev/null
for package in aws kubernetes tls random; do
  mkdir -p "$package"
  tar -xzf "pulumi-$package-"*.tgz -C "$package"
done
mkdir -p typescript
tar -xzf typescript-*.tgz -C typescript

node "$here/extract.mjs" "$here/tokens.txt" "$work" "$work/schemas" "$work/typescript/package"
node "$here/generate-csharp.mjs" "$work/schemas" "$here/../Generated"
cp "$work/schemas/"*.json "$here/"
echo "regenerate.sh: schemas and generated args are up to date" >&2
