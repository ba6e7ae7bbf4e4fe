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
    rollupOptions: {
      output: {
        // React and react-aria (the dialogs' focus, press and overlay handling) in a file of
        // their own, which stays cached across releases of the app; cytoscape stays in the
        // network graph's chunk, loaded only by /network.
        manualChunks: (id) => (id.includes('/node_modules/') && !id.includes('/node_modules/cytoscape/') ? 'vendor' : undefined),
      },
    },
  },
  server: {
    port: 5173,
    // ws: the live sessions' WebSockets go through too (same Host, so the console's same-origin
    // check holds).
    proxy: { '/api': { target: process.env.SAMLA_API ?? 'http://127.0.0.1:8090', ws: true } },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    // The dependencies (React, react-aria) bundled once instead of imported module by module
    // in every test file.
    deps: { optimizer: { web: { enabled: true } } },
  },
});
