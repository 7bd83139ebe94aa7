import type { NextConfig } from 'next';
import { readWebConfig } from './src/lib/config/web-config';

// Validate GRAPHQL_URL when Next loads this file (at build and again at start), so a bad value
// stops the server with the variable's name. The value is used by the /graphql route handler,
// which reads it at start-up: a rewrite here would bake the build-time value into
// routes-manifest.json (see docs/decisions/0401-web-graphql-proxy.md).
readWebConfig(process.env);

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
