#!/usr/bin/env bash
# Renders the Helm chart (deploy/helm/bitnet-go) with its default values and
# with the CI value sets in deploy/helm/ci, and validates every rendered
# manifest offline against the Kubernetes API schemas.
#
# Everything comes through the Go module proxy, pinned: helm and kubeconform
# are built with `go install`, and the schemas are generated from the
# OpenAPI document in the k8s.io/kubernetes module (deploy/k8sschema).
# Custom resources (KEDA's ScaledObject, the Inference Extension's
# InferencePool) have no schema there and are reported as skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
HELM_VERSION=v3.22.0
KUBECONFORM_VERSION=v0.8.0
K8S_VERSION=v1.34.3
TOOLS="${DEPLOY_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/bitnet-go/deploy-tools}"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
mkdir -p "$TOOLS"

# A `go install`ed helm does not know its own version, so the file name does.
if ! [ -x "$TOOLS/helm.$HELM_VERSION" ]; then
  echo "installing helm $HELM_VERSION"
  GOBIN="$TOOLS" go install "helm.sh/helm/v3/cmd/helm@$HELM_VERSION"
  mv "$TOOLS/helm" "$TOOLS/helm.$HELM_VERSION"
fi
if ! [ -x "$TOOLS/kubeconform.$KUBECONFORM_VERSION" ]; then
  echo "installing kubeconform $KUBECONFORM_VERSION"
  GOBIN="$TOOLS" go install "github.com/yannh/kubeconform/cmd/kubeconform@$KUBECONFORM_VERSION"
  mv "$TOOLS/kubeconform" "$TOOLS/kubeconform.$KUBECONFORM_VERSION"
fi
SCHEMAS="$TOOLS/schemas-$K8S_VERSION"
if ! [ -f "$SCHEMAS/deployment-apps-v1.json" ]; then
  # Outside this module, so go.mod and go.sum stay as they are.
  dir=$(cd "$TOOLS" && GOFLAGS=-mod=mod go mod download -json "k8s.io/kubernetes@$K8S_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  [ -n "$dir" ] || { echo "could not download k8s.io/kubernetes@$K8S_VERSION"; exit 1; }
  go run ./deploy/k8sschema -in "$dir/api/openapi-spec/swagger.json" -out "$SCHEMAS" \
    -kinds Deployment,Service,HorizontalPodAutoscaler,Secret,ConfigMap,ServiceAccount
fi

HELM="$TOOLS/helm.$HELM_VERSION"
CHART=deploy/helm/bitnet-go
"$HELM" lint --strict "$CHART"
"$HELM" lint --strict "$CHART" -f deploy/helm/ci/gpu-keda-values.yaml
status=0
for values in default deploy/helm/ci/*.yaml; do
  name=$(basename "$values" .yaml)
  args=()
  [ "$values" = default ] || args=(-f "$values")
  "$HELM" template bitnet-2b "$CHART" --namespace llm "${args[@]}" > "$OUT/$name.yaml"
  echo "== $name: $(grep -c '^kind:' "$OUT/$name.yaml") manifests"
  "$TOOLS/kubeconform.$KUBECONFORM_VERSION" -strict -summary -output text \
    -schema-location "$SCHEMAS/{{ .ResourceKind }}{{ .KindSuffix }}.json" \
    -skip ScaledObject,InferencePool,HTTPRoute -verbose "$OUT/$name.yaml" || status=1
done
exit $status
