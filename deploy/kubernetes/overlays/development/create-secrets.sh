#!/usr/bin/env bash
# Creates the Secrets the development overlay expects, with fresh random values, in the
# packyourbag-dev namespace. The stores' addresses default to in-namespace Services named postgres,
# mongodb and redis; override with POSTGRES_HOST, MONGODB_URL, REDIS_URL, POSTGRES_ADMIN_URL.
# Nothing secret is written to disk or to the repository. Re-running replaces the random values
# (ROUTER_SECRET, CLIENT_ADDRESS_SECRET, database passwords), but never KEY_ENCRYPTION_KEY once it exists: the signing
# keys in auth's database are encrypted with it (see deploy/README.md, "Rotating the keys").
set -euo pipefail
namespace=${NAMESPACE:-packyourbag-dev}
random() { head -c "$1" /dev/urandom | base64 | tr -d '\n/+=' | head -c "$2"; }
apply() { kubectl -n "${namespace}" create secret generic "$@" --dry-run=client -o yaml | kubectl apply -f -; }

postgres_host=${POSTGRES_HOST:-postgres}
admin_url=${POSTGRES_ADMIN_URL:?set POSTGRES_ADMIN_URL to the admin connection, e.g. postgres://postgres:…@postgres:5432/packyourbag}
database=${admin_url##*/}
auth_password=$(random 48 40)
packing_password=$(random 48 40)
events_password=$(random 48 40)
events_url="postgres://pyb_events:${events_password}@${postgres_host}:5432/${database}"

kubectl get namespace "${namespace}" >/dev/null 2>&1 || kubectl create namespace "${namespace}"
apply packyourbag-router-proof --from-literal=ROUTER_SECRET="$(random 64 48)"
apply packyourbag-router --from-literal=REDIS_URL="${REDIS_URL:-redis://redis:6379}"
apply packyourbag-client-address --from-literal=CLIENT_ADDRESS_SECRET="$(random 64 48)"
apply packyourbag-auth \
  --from-literal=DATABASE_URL="postgres://pyb_auth:${auth_password}@${postgres_host}:5432/${database}" \
  --from-literal=EVENTS_DATABASE_URL="${events_url}"
apply packyourbag-packing \
  --from-literal=DATABASE_URL="postgres://pyb_packing:${packing_password}@${postgres_host}:5432/${database}" \
  --from-literal=EVENTS_DATABASE_URL="${events_url}"
apply packyourbag-preferences \
  --from-literal=MONGODB_URL="${MONGODB_URL:-mongodb://mongodb:27017/packyourbag}" \
  --from-literal=EVENTS_DATABASE_URL="${events_url}"
apply packyourbag-migrate \
  --from-literal=DATABASE_URL="${admin_url}" \
  --from-literal=AUTH_DB_PASSWORD="${auth_password}" \
  --from-literal=PACKING_DB_PASSWORD="${packing_password}" \
  --from-literal=EVENTS_DB_PASSWORD="${events_password}"
if ! kubectl -n "${namespace}" get secret packyourbag-signing-keys >/dev/null 2>&1; then
  kubectl -n "${namespace}" create secret generic packyourbag-signing-keys \
    --from-literal=KEY_ENCRYPTION_KEY="$(head -c 32 /dev/urandom | base64)"
fi
echo "Secrets ready in ${namespace}; the migration job sets the new role passwords on its next run."
