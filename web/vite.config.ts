/// <reference types="vitest" />
// Builds web/dist for the samla binary to serve; `npm run dev` proxies /api to a running
// samla (SAMLA_API, default http://127.0.0.1:8090) so the cookie stays same-origin.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The server's CSP is default-src 'self': no inline scripts, so no inlined assets either.
    assetsInlineLimit: 0,
    target: 'es2020',
  },
  server: {
    port: 5173,
    proxy: { '/api': process.env.SAMLA_API ?? 'http://127.0.0.1:8090' },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
