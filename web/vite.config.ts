import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The repo runs Vite from its root (`vite build web`); pinning root here keeps
// `vite web`, `vite build web` and programmatic use from other folders equivalent.
const root = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      // The server accepts state-changing requests only from its own origin; the dev
      // server is another origin, so the proxy speaks for the page.
      '/api': {
        target: 'http://localhost:3000',
        changeOrigin: true,
        configure: (proxy) => proxy.on('proxyReq', (req) => req.setHeader('origin', 'http://localhost:3000')),
      },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
