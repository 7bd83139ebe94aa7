#!/usr/bin/env bash
# Prints an .env for `docker compose --profile production` with fresh random secrets, so none of the
# compose file's development defaults reaches a server. Keep the output (it holds the key that
# encrypts auth's signing keys) and never commit it (.env is git-ignored):
#   deploy/compose/production-env.sh packyourbag.example.org > .env
set -euo pipefail
domain=${1:?usage: production-env.sh <public domain>}
random() { head -c 48 /dev/urandom | base64 | tr -d '\n/+=' | head -c 40; }
# MinIO's root user is also the backups' access key (decision 1424); point BACKUP_S3_* elsewhere
# to keep the backups off this host.
minio_user="backup-$(random | head -c 12)"
minio_password=$(random)
cat <<ENV
PUBLIC_DOMAIN=${domain}
ROUTER_SECRET=$(random)
POSTGRES_PASSWORD=$(random)
AUTH_DB_PASSWORD=$(random)
PACKING_DB_PASSWORD=$(random)
EVENTS_DB_PASSWORD=$(random)
KEY_ENCRYPTION_KEY=$(head -c 32 /dev/urandom | base64)
BACKUP_DB_PASSWORD=$(random)
MINIO_ROOT_USER=${minio_user}
MINIO_ROOT_PASSWORD=${minio_password}
BACKUP_S3_ACCESS_KEY_ID=${minio_user}
BACKUP_S3_SECRET_ACCESS_KEY=${minio_password}
ENV
