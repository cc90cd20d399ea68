// Code evaluated inside the service worker or extension pages uses `chrome.*`.
declare const chrome: typeof import('wxt/browser').browser;
