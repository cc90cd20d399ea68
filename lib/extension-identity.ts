/**
 * The extension's fixed identity. Chrome derives the id from the manifest `key`
 * (the DER public key, base64): id = first 32 hex chars of sha256(DER) mapped 0-f → a-p.
 * This public key belongs to the development/test key pair in tests/keys/; a dealership
 * that signs its own CRX sets PONTE_PUBLIC_KEY at build time (see docs/admin-rollout.md).
 * Never commit a production private key.
 */
export const DEV_PUBLIC_KEY_B64 =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnqXAtpyHlQvv6jwab4UFaCqoerZ9K/icnjqCrhZRZn1HyTJV7ndhb9P+qRRd92QdgK4TFWWM9/ntSLAYnt2NbJhEWSA4vSaYnucQArWc5jw/hrJ5aXGW3XG5lXb9qvAfvVu7z0cWV0msSm81PS5zSlcTCW3bZIhxr+6hQTWmChW62DL+ysyiV1UkykhVD9QYAT3OdCnD+C+vzki61T4dZ/luO0jR1XIzMBib5bFZV8kol8nJpnzLV3TCv5PbiJx3BUioASi5V8P7h7NSzv3zL6qe5zQe9pcZbNbwNhIfoGEO7EFsZwA52CSNvI6G+0TcQ5pbJCHD7gJRXAVtZ4tOdwIDAQAB';

/** Id Chrome computes from DEV_PUBLIC_KEY_B64 (checked by tests/unit/extension-identity.test.ts). */
export const DEV_EXTENSION_ID = 'lnnkbpfghhmdmheogongdnblomoaeecl';

/** Firefox has no manifest key; it identifies the add-on by this gecko id. */
export const GECKO_ID = 'ponte-credere@ponte-credere.com.br';
