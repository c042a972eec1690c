import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { catalogueWithoutDescriptions } from './src/build/catalog-descriptions';
import { firstViews } from './src/build/first-view';
import { inlinePageCss } from './src/build/inline-page-css';
import { noInnerHtml } from './src/build/no-inner-html';
import { signpostScreens } from './src/screens/vite-plugin';
import { signpostRules } from './src/build/rules/vite-plugin';
import { MATCH_PATTERNS } from './src/settings/sites';

// Content-script builds get the native extension API instead of webextension-polyfill (≈ 10 KB that
// every Instagram and X page would pay); see src/platform/native-browser.ts.
const NATIVE_BROWSER = fileURLToPath(new URL('./src/platform/native-browser.ts', import.meta.url));

// The content script is an unlisted script (entrypoints/content-script.ts) declared here, so that
// WXT's ContentScriptContext does not ride in the bundle every Instagram and X page downloads.
const CONTENT_SCRIPT = 'content-script';
// The side panel's and the popup's first views (entrypoints/*-first-view.ts): also native, they
// must paint before anything heavy loads.
const PANEL_FIRST_VIEW = 'panel-first-view';
const POPUP_FIRST_VIEW = 'popup-first-view';
const NATIVE_ENTRIES = new Set([CONTENT_SCRIPT, PANEL_FIRST_VIEW, POPUP_FIRST_VIEW]);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [
      preact(),
      noInnerHtml(),
      catalogueWithoutDescriptions(),
      inlinePageCss(),
      signpostRules(),
      signpostScreens(),
      firstViews({
        panel: { page: 'entrypoints/sidepanel/index.html', script: `/${PANEL_FIRST_VIEW}.js` },
        popup: { page: 'entrypoints/popup/index.html', script: `/${POPUP_FIRST_VIEW}.js` },
      }),
    ],
  }),
  hooks: {
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => NATIVE_ENTRIES.has(e.name))) return;
      const alias = { find: /^wxt\/browser$/, replacement: NATIVE_BROWSER };
      config.resolve ??= {};
      const current = config.resolve.alias;
      // First match wins: ahead of the polyfill module's own `wxt/browser` alias.
      if (Array.isArray(current)) config.resolve.alias = [alias, ...current];
      else
        config.resolve.alias = [
          alias,
          ...Object.entries(current ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string })),
        ];
      if (!entrypoints.every((e) => e.name === CONTENT_SCRIPT)) return;
      // Every Instagram and X page downloads and parses this bundle: terser's three passes (and arrows
      // for function expressions that use no `this`) shave what esbuild's single-pass minifier leaves
      // (its budget is in bench/budgets.json).
      config.build ??= {};
      config.build.minify = 'terser';
      config.build.terserOptions = { ecma: 2020, compress: { passes: 3, unsafe_arrows: true }, format: { comments: false } };
    },
  },
  manifest: ({ browser }) => ({
    // Strings live in public/_locales/<locale>/messages.json (en, es, pt_BR); see src/i18n.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Firefox has no sidePanel API (the side panel becomes a sidebar_action) and rejects the permission.
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    // Host access is exactly the hosts where the screens live, those the content script runs on
    // (least privilege, ARCHITECTURE.md; tests/e2e/manifest.spec.ts spells the four out).
    host_permissions: MATCH_PATTERNS,
    content_scripts: [{ matches: MATCH_PATTERNS, js: [`${CONTENT_SCRIPT}.js`], run_at: 'document_end' }],
    // Enterprise policy (src/settings/policy): what administrators may set through storage.managed. Chrome
    // filters policy values through this schema (and refuses to load the extension if it is invalid).
    storage: { managed_schema: 'managed-schema.json' },
    // The toolbar button stays the popup; this shortcut opens the side panel (handled in background).
    // Firefox opens its sidebar itself with `_execute_sidebar_action` (no handler; a shortcut is one
    // of the few gestures Firefox accepts for it). The content script reads this key for the hint.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+S' } },
      ...(browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+P' }, description: 'Open the Signpost sidebar' } }
        : { 'open-side-panel': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Open the Signpost side panel' } }),
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'signpost@signpost.extension', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  zip: { excludeSources: ['node_modules/**', '.output/**', 'test-results/**', 'bench/**'] },
});
