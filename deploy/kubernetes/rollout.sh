#!/usr/bin/env bash
# Rolls out one overlay with plain kubectl: the migration job first, the services only after it
# succeeded. Kustomize renders objects but cannot order them, hence this script (Argo CD reads the
# job's PreSync hook annotation instead; Flux uses dependsOn, see deploy/README.md).
#   deploy/kubernetes/rollout.sh production
set -euo pipefail
overlay=${1:?usage: rollout.sh <development|production>}
here=$(cd "$(dirname "$0")" && pwd)
rendered=$(mktemp)
trap 'rm -f "${rendered}"' EXIT
kubectl kustomize "${here}/overlays/${overlay}" >"${rendered}"
namespace=$(sed -n 's/^  namespace: //p' "${rendered}" | head -n 1)

# 1. Everything except the services' Deployments and Services: the namespace, ConfigMaps,
#    NetworkPolicies, budgets, autoscalers, the ingress and the migration job. A finished job's
#    template is immutable, so the previous run is deleted first (re-running migrations is safe).
kubectl -n "${namespace}" delete job migrate --ignore-not-found --wait=true
kubectl apply -f "${rendered}" -l 'app.kubernetes.io/component notin (gateway,subgraph,web)'

# 2. Wait for the migration: Complete goes on, Failed stops the rollout with the job's log.
for _ in $(seq 1 120); do
  state=$(kubectl -n "${namespace}" get job migrate \
    -o jsonpath='{range .status.conditions[?(@.status=="True")]}{.type} {end}')
  case "${state}" in
    *Complete*) echo "migrations applied"; break ;;
    *Failed*) kubectl -n "${namespace}" logs job/migrate --tail=50 >&2 || true
      echo "migration job failed; services not rolled out" >&2; exit 1 ;;
  esac
  sleep 5
done
[[ "${state}" == *Complete* ]] || { echo "migration job did not finish within 10 minutes" >&2; exit 1; }

# 3. The services, then wait until every Deployment is rolled out and ready.
kubectl apply -f "${rendered}"
for deployment in auth packing preferences router web; do
  kubectl -n "${namespace}" rollout status "deployment/${deployment}" --timeout=5m
done
