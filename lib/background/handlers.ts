/**
 * Every background message handler, merged by domain. Each domain keeps its handlers in
 * its own module; this file only lists them.
 */
import type { Handlers } from '../messaging/router';
import { policyHandlers } from '../policy/handlers';
import { systemHandlers } from './system-handlers';

export function collectHandlers(): Handlers {
  return {
    ...systemHandlers,
    ...policyHandlers,
  };
}
