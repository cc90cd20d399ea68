import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { DEV_PUBLIC_KEY_B64, GECKO_ID } from './lib/extension-identity';
import { buildLocaleMessages } from './lib/i18n/catalog';

/**
 * Loopback hosts are granted in development and test builds only, so the local
 * CREDERE sandbox and demo DMS work; PONTE_RELEASE=1 drops them. Production
 * DMS and custom CREDERE origins are optional host permissions that the admin
 * (or policy) grants at run time, which keeps the installed permissions narrow.
 */
const RELEASE = process.env.PONTE_RELEASE === '1';
const CREDERE_HOSTS = ['https://app.meucredere.com.br/*', 'https://staging.meucredere.com.br/*'];
const LOOPBACK_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
const HOSTS = RELEASE ? CREDERE_HOSTS : [...CREDERE_HOSTS, ...LOOPBACK_HOSTS];
const PUBLIC_KEY = process.env.PONTE_PUBLIC_KEY || DEV_PUBLIC_KEY_B64;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    define: { __PONTE_RELEASE__: JSON.stringify(RELEASE) },
  }),
  hooks: {
    // UI strings live in typed tables (lib/i18n); the browser reads them from _locales.
    'build:publicAssets': (_wxt, files) => {
      files.push(
        {
          relativeDest: '_locales/pt_BR/messages.json',
          contents: JSON.stringify(buildLocaleMessages('pt'), null, 1),
        },
        {
          relativeDest: '_locales/en/messages.json',
          contents: JSON.stringify(buildLocaleMessages('en'), null, 1),
        },
      );
    },
  },
  zip: {
    excludeSources: ['tests/keys/**', '**/*.pem', '**/*.log', 'test-results/**', 'playwright-report/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'pt_BR',
    permissions: ['storage', 'identity', 'tabs', 'scripting', 'alarms'],
    host_permissions: HOSTS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    storage: { managed_schema: 'managed_schema.json' },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140 (ESR) is the first to support data_collection_permissions.
              strict_min_version: '140.0',
              // Deal data (customer CPF, income, vehicle) goes to CREDERE: declared, not hidden.
              data_collection_permissions: {
                required: ['personallyIdentifyingInfo', 'financialAndPaymentInfo'],
              },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { key: PUBLIC_KEY, minimum_chrome_version: '120' }),
  }),
});
