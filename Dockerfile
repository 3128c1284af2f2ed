# syntax=docker/dockerfile:1
# travail-graph: build with the TypeScript toolchain, run on a slim Node with production dependencies only.
#   docker build -t travail-graph .
#   docker run -p 4000:4000 travail-graph                                   # embedded sandbox
#   docker run -p 4000:4000 -e FT_CLIENT_ID=… -e FT_CLIENT_SECRET=… travail-graph   # live

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: every dependency ships prebuilt (or pure JS); nothing is compiled here either.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY schema ./schema
RUN npx tsc -p tsconfig.json \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    LOG_FORMAT=json
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/src ./dist/src
# The printed schema files: when they match the code, start-up reads the composition instead of composing.
COPY --from=build /app/schema ./schema
# The sandbox's bundled dataset, where the compiled simulator looks for it (dist/src/sandbox/dataset/data).
COPY --from=build /app/src/sandbox/dataset/data ./dist/src/sandbox/dataset/data
# Files stay root-owned and read-only to the process, which runs as the image's unprivileged `node` user.
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node directly (not npm): SIGTERM reaches the server, which drains for SHUTDOWN_GRACE_MS, and nothing is rebuilt.
CMD ["node", "dist/src/server/main.js"]
