import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The repo runs Vite from its root (`vite build web`); pinning root here keeps
// `vite web`, `vite build web` and programmatic use from other folders equivalent.
const root = decodeURIComponent(new URL('.', import.meta.url).pathname);

// The only API answers the service worker keeps, so the client app can open offline:
// who is signed in, first-run status, Today, the client's trackers and check-in settings,
// and crisis help with the safety plan. Network first; the copy is used only when the
// network fails. Entries, goals and other clinical text are never cached; the safety plan
// is the one exception, because it is written for exactly the moment when the phone may
// have no connection. The cache name is API_CACHE in src/app/offline-cache.ts, which
// signing out empties.
const OFFLINE_READS = /\/api\/(me|me\/crisis|setup|today|clients\/[^/?]+\/(trackers|monitoring-settings|safety-plan))$/;

export default defineConfig({
  root,
  plugins: [
    react(),
    VitePWA({
      strategies: 'generateSW',
      // A new version waits for the person's OK (src/app/pwa.ts), so a form being filled in is never reloaded away.
      registerType: 'prompt',
      // Registered from the bundle: the CSP forbids inline scripts.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'color-scheme.js', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Stepwise',
        short_name: 'Stepwise',
        description: 'Stepwise keeps therapy work going between sessions.',
        lang: 'en',
        start_url: '/today',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#33705f',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Web push: showing a push and opening the app on a tap (public/push-sw.js).
        importScripts: ['/push-sw.js'],
        // The app shell: every built script, style sheet, page and icon.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api(\/|$)/],
        cleanupOutdatedCaches: true,
        // The first install takes over the open page at once, so its API reads are kept for
        // offline use from the first visit. Updates still wait for the person's OK.
        clientsClaim: true,
        runtimeCaching: [
          {
            urlPattern: OFFLINE_READS,
            method: 'GET',
            handler: 'NetworkFirst',
            options: {
              cacheName: 'stepwise-api',
              networkTimeoutSeconds: 6,
              cacheableResponse: { statuses: [200] },
              expiration: { maxEntries: 16, maxAgeSeconds: 30 * 24 * 60 * 60 },
            },
          },
        ],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // On HTTP/1.1 each file of a page is a request on one of six connections, and on a
          // slow phone each costs the page's main thread too: Today took 104 files (many under
          // 1 KB: an icon, a hook). Small shared chunks are copied into the chunks that use
          // them, and everything the first page needs is one file.
          experimentalInlineCommonChunks: { maxSize: 16 * 1024 },
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
    // That one first-page file is ~660 KB before gzip (~205 KB after; bench/ holds it under 250).
    chunkSizeWarningLimit: 800,
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
