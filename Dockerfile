# syntax=docker/dockerfile:1
# Every PackYourBag image, one named target each, built from the repository root (decision 1410):
#   docker build --target router -t packyourbag/router .
#   docker build --target subgraph --build-arg SERVICE=auth --build-arg PORT=4001 -t packyourbag/auth .
#     (packing 4002, preferences 4003)
#   docker build --target web -t packyourbag/web .
#   docker build --target migrate -t packyourbag/migrate .
#   docker build --target backup -t packyourbag/backup .
# docker-compose.yml builds them all under these names (the ones deploy/kubernetes runs).
#
# The build stages are shared: one `npm ci` with dev tools and one compile of the internal packages
# serve every image (BuildKit builds a shared stage once per build), then one small stage per
# deployable compiles it. Each image's production dependencies are installed on their own with
# --omit=dev, and every image starts from the `runtime` stage: the node user (uid 1000), files
# owned by root (read-only to it), TMPDIR=/tmp, so it runs under readOnlyRootFilesystem with only
# /tmp writable. tools/deploy-check (`npm run deploy:check`) checks these properties statically.
ARG NODE_IMAGE=node:20-bookworm-slim

# ---- shared build stages ----------------------------------------------------------------------

# Every workspace manifest, collected from the sources: npm ci needs all of them to match the
# lockfile, and copying them as one layer keeps the installs cached until a manifest changes.
FROM ${NODE_IMAGE} AS sources
WORKDIR /src
COPY . .
RUN mkdir /manifests \
  && find . -name package.json -not -path '*/node_modules/*' -exec cp --parents {} /manifests \; \
  && cp package-lock.json tsconfig.base.json /manifests/

FROM ${NODE_IMAGE} AS manifests
WORKDIR /repo
COPY --from=sources /manifests/ ./
ENV NEXT_TELEMETRY_DISABLED=1

# The workspace with dev tools, and the internal packages every deployable imports, compiled in
# dependency order (error-reports and telemetry first: service-kit compiles against both). /out gets what runs.
FROM manifests AS build-packages
RUN npm ci --no-audit --no-fund --ignore-scripts --include-workspace-root
COPY --from=sources /src/ ./
RUN for package in error-reports telemetry service-kit lifecycle-events sample-gear; do \
      npm run build -w "@packyourbag/${package}" && mkdir -p "/out/packages/${package}" \
      && cp -r "packages/${package}/package.json" "packages/${package}/dist" "/out/packages/${package}/" || exit 1; \
    done

FROM build-packages AS build-router
RUN npm run build -w @packyourbag/router \
  && mkdir -p /out/router /out/schema /out/web/src/gql \
  && cp -r router/package.json router/dist /out/router/ \
  && cp schema/supergraph.graphql /out/schema/ \
  && cp web/src/gql/persisted-documents.json /out/web/src/gql/

FROM build-packages AS build-subgraph
ARG SERVICE
RUN test -n "${SERVICE}" || (echo "build with --build-arg SERVICE=<auth|packing|preferences>" >&2; exit 1)
# The compiled service, its data files if any, and the SDL it serves (read at start).
RUN npm run build -w "@packyourbag/${SERVICE}" \
  && mkdir -p "/out/subgraphs/${SERVICE}" /out/schema \
  && cp -r "subgraphs/${SERVICE}/package.json" "subgraphs/${SERVICE}/dist" "/out/subgraphs/${SERVICE}/" \
  && if [ -d "subgraphs/${SERVICE}/data" ]; then cp -r "subgraphs/${SERVICE}/data" "/out/subgraphs/${SERVICE}/"; fi \
  && cp "schema/${SERVICE}.graphql" /out/schema/

# `next build` and the web server (src/server → dist/). The build cache only helps the next build.
# next.config.ts validates the environment with the app's config module at start, hence src/.
FROM build-packages AS build-web
RUN npm run build -w @packyourbag/web && rm -rf web/.next/cache \
  && mkdir -p /out/web \
  && cp -r web/package.json web/next.config.ts web/tsconfig.json web/.next web/dist web/src /out/web/

# The migration runner compiled to JavaScript (no tsx at run time), and every service's migrations.
# The stack compiles against the Mongo stand-in's types (its embedded default), so that builds first.
FROM build-packages AS build-migrate
RUN npm run build -w @packyourbag/mongo-standin && npm run build -w @packyourbag/stack \
  && mkdir -p /out/tools/stack /out/subgraphs/auth/prisma /out/subgraphs/packing/prisma \
  && cp -r tools/stack/package.json tools/stack/dist /out/tools/stack/ \
  && cp -r subgraphs/auth/prisma/migrations /out/subgraphs/auth/prisma/ \
  && cp -r subgraphs/packing/prisma/migrations /out/subgraphs/packing/prisma/

# The backup tool compiled to JavaScript (decision 1420), like the migration runner.
FROM build-packages AS build-backup
RUN npm run build -w @packyourbag/backup \
  && mkdir -p /out/tools/backup \
  && cp -r tools/backup/package.json tools/backup/dist /out/tools/backup/

# ---- production dependencies, one install per deployable --------------------------------------
# Only the workspace's own production dependencies (workspace links included); the copy into the
# image takes the whole folder: node_modules at the root and in the workspaces, and the manifests.

FROM manifests AS router-dependencies
RUN npm ci --no-audit --no-fund --ignore-scripts --omit=dev --include-workspace-root=false -w @packyourbag/router

FROM manifests AS subgraph-dependencies
ARG SERVICE
RUN npm ci --no-audit --no-fund --ignore-scripts --omit=dev --include-workspace-root=false -w "@packyourbag/${SERVICE}"

FROM manifests AS web-dependencies
RUN npm ci --no-audit --no-fund --ignore-scripts --omit=dev --include-workspace-root=false -w @packyourbag/web

FROM manifests AS migrate-dependencies
RUN npm ci --no-audit --no-fund --ignore-scripts --omit=dev --include-workspace-root=false -w @packyourbag/stack

FROM manifests AS backup-dependencies
RUN npm ci --no-audit --no-fund --ignore-scripts --omit=dev --include-workspace-root=false -w @packyourbag/backup

# ---- runtime: what every image starts from ----------------------------------------------------

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 TMPDIR=/tmp NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
COPY --from=build-packages /out/ ./
# Everything above is root's; the process runs as node and can write only to /tmp (an emptyDir or
# tmpfs when the root filesystem is read-only).
USER node
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# ---- the images ---------------------------------------------------------------------------------

# The public GraphQL endpoint, serving the committed supergraph and the web app's registered
# operations (codegen's manifest: the web client sends hashes only).
FROM runtime AS router
COPY --from=router-dependencies /repo/ ./
COPY --from=build-router /out/ ./
ENV PORT=4000 SUPERGRAPH_PATH=/app/schema/supergraph.graphql WATCH_SUPERGRAPH=false \
    PERSISTED_DOCUMENTS_PATH=/app/web/src/gql/persisted-documents.json
WORKDIR /app/router
EXPOSE 4000
CMD ["node", "dist/main.js"]

# auth, packing and preferences: one recipe, chosen with --build-arg SERVICE (and PORT).
FROM runtime AS subgraph
ARG SERVICE
ARG PORT
COPY --from=subgraph-dependencies /repo/ ./
COPY --from=build-subgraph /out/ ./
ENV PORT=${PORT}
WORKDIR /app/subgraphs/${SERVICE}
EXPOSE ${PORT}
CMD ["node", "dist/main.js"]

# The web app's own server in front of Next (decision 1010). Behind a TLS proxy, set
# WEB_TRUSTED_PROXIES to its address or range; CLIENT_ADDRESS_SECRET (the router's too) signs the
# address it forwards (decision 0713).
FROM runtime AS web
COPY --from=web-dependencies /repo/ ./
COPY --from=build-web /out/ ./
ENV PORT=3000 GRAPHQL_URL=http://router:4000/graphql
WORKDIR /app/web
EXPOSE 3000
CMD ["node", "dist/server/main.js"]

# One-shot: roles, schemas and every service's migrations with the admin DATABASE_URL; exits 0
# when every migration is applied (compose starts the services only then).
FROM runtime AS migrate
COPY --from=migrate-dependencies /repo/ ./
COPY --from=build-migrate /out/ ./
HEALTHCHECK NONE
CMD ["node", "tools/stack/dist/cli/db-migrate.js"]

# Scheduled backups to S3-compatible storage (compose profile "production"): `schedule` by default,
# any other command of tools/backup as arguments (`docker compose run --rm backup restore latest`).
# pg_dump must be at least the server's major version (compose runs postgres:16; bookworm has 15),
# so PostgreSQL's client comes from the PostgreSQL project's signed repository and MongoDB's
# database tools from MongoDB's (decision 1424); installed as root, then back to the node user.
FROM runtime AS backup
ARG PG_MAJOR=16
ARG MONGODB_SERIES=7.0
USER root
RUN apt-get update \
  && apt-get install -y --no-install-recommends ca-certificates curl gnupg \
  && curl -fsSL https://www.postgresql.org/media/keys/ACCC4CF8.asc | gpg --dearmor -o /usr/share/keyrings/postgresql.gpg \
  && echo "deb [signed-by=/usr/share/keyrings/postgresql.gpg] https://apt.postgresql.org/pub/repos/apt bookworm-pgdg main" \
     > /etc/apt/sources.list.d/pgdg.list \
  && curl -fsSL "https://pgp.mongodb.com/server-${MONGODB_SERIES}.asc" | gpg --dearmor -o /usr/share/keyrings/mongodb.gpg \
  && echo "deb [signed-by=/usr/share/keyrings/mongodb.gpg] https://repo.mongodb.org/apt/debian bookworm/mongodb-org/${MONGODB_SERIES} main" \
     > /etc/apt/sources.list.d/mongodb.list \
  && apt-get update \
  && apt-get install -y --no-install-recommends "postgresql-client-${PG_MAJOR}" mongodb-database-tools \
  && apt-get purge -y curl gnupg && apt-get autoremove -y \
  && rm -rf /var/lib/apt/lists/*
USER node
COPY --from=backup-dependencies /repo/ ./
COPY --from=build-backup /out/ ./
# The SDK is pinned to a release that supports Node 20 (decision 1422); its notice says nothing new.
ENV BACKUP_PG_DUMP=/usr/lib/postgresql/${PG_MAJOR}/bin/pg_dump \
    BACKUP_PG_RESTORE=/usr/lib/postgresql/${PG_MAJOR}/bin/pg_restore \
    BACKUP_PSQL=/usr/lib/postgresql/${PG_MAJOR}/bin/psql \
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true
HEALTHCHECK NONE
ENTRYPOINT ["node", "tools/backup/dist/cli/main.js"]
CMD ["schedule"]
