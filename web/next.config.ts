import type { NextConfig } from 'next';
import { readWebConfig } from './src/lib/config/web-config';

// Read once, when Next loads this file; a bad GRAPHQL_URL stops the server with its name.
const { graphqlUrl } = readWebConfig(process.env);

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The browser talks to /graphql on the web origin; Next forwards it to the router. One origin
  // means no CORS and no API URL baked into the browser bundle.
  async rewrites() {
    return [{ source: '/graphql', destination: graphqlUrl.href }];
  },
};

export default nextConfig;
