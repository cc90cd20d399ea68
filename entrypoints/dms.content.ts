import { startDmsBridge } from '@/lib/content/start';

export default defineContentScript({
  // Registered at run time by the background for the configured DMS origins only.
  registration: 'runtime',
  main: startDmsBridge,
});
