/** True in release builds (PONTE_RELEASE=1): loopback hosts and dev defaults are off. */
declare const __PONTE_RELEASE__: boolean;
