import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifestJson from './manifest.json' with { type: 'json' };

// A JSON import widens literal fields ("none", "MAIN") to string; the build's manifest policy checks the
// result, so the narrower type is asserted here.
const manifest = manifestJson as ManifestV3Export;

// One manifest for both browsers: crxjs keeps `background.service_worker` for Chromium and rewrites the
// background to `scripts` for Firefox. `vite build --mode firefox` selects the Firefox build.
// assets/ is the public dir, so icons, _locales and managed-schema.json land at the extension's root.
export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    publicDir: 'assets',
    plugins: [
      preact(),
      // The content script is one self-contained file: no loader importing chunks, so nothing has to be
      // web-accessible to pages, and the same file can be registered for Mastodon servers the user adds.
      crx({ manifest, browser, contentScripts: { standaloneFiles: ['src/content/index.ts'] } }),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox140' : 'chrome116',
      sourcemap: false,
      // The preload polyfill fetches module URLs; extension pages load their chunks directly.
      modulePreload: { polyfill: false },
      chunkSizeWarningLimit: 2048,
      // The timing report is advice for plugin authors; in every build it only buries real warnings.
      // The first-run page is opened by the worker, not named in the manifest, so it is an entry of its own.
      rolldownOptions: { checks: { bundlerTimings: false }, input: { welcome: 'src/welcome/index.html' } },
    },
  };
});
