# syntax=docker/dockerfile:1
# The app's container image: built at image time (types checked), never at start; started as an unprivileged user
# from the standalone build; the root file system may be read-only (only DATA_DIR and /tmp are written).
# See docs/OPERATIONS.md "Container".

ARG NODE_IMAGE=node:20.20-bookworm-slim

# 1. Dependencies, with the lock file as it is (see .ci/run: npm ci refuses it here, npm install honours it).
FROM ${NODE_IMAGE} AS deps
WORKDIR /src
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma/schema.prisma prisma/schema.prisma
RUN npm install --no-audit --no-fund

# 2. The build: `next build` (output "standalone", type errors fail it) and server/cli/build.ts, which adds the static
#    files, the migrations and the bundled entry points (cli/start.mjs, cli/serve.mjs) with the package files they use.
FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build

# 3. What runs: Node, Debian's Chromium and fonts for the PDF reports, tini as PID 1 (signals, zombies), the app.
FROM ${NODE_IMAGE} AS runtime
RUN apt-get update \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
     chromium fonts-noto-core fonts-dejavu-core tini ca-certificates \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOST=0.0.0.0 \
    PORT=3000 \
    METRICS_PORT=9464 \
    DATA_DIR=/data \
    CHROMIUM_PATH=/usr/bin/chromium \
    HOME=/tmp
WORKDIR /app
# Owned by root and not writable by the app's user: the app cannot change its own code.
COPY --from=build --chown=root:root /src/.next/standalone /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000 9464
# Liveness only: a database outage makes the app unready (GET /api/health/ready), not unhealthy.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
# Migrates the database, seeds it only if SEED=demo, then serves; SIGTERM ends it gracefully (SHUTDOWN_TIMEOUT).
CMD ["node", "cli/start.mjs"]
