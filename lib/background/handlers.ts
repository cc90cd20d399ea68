/**
 * Every background message handler, merged by domain. Each domain keeps its handlers in
 * its own module; this file only lists them.
 */

import { authHandlers } from '../auth/handlers';
import { mappingHandlers } from '../mappings/handlers';
import type { Handlers } from '../messaging/router';
import { policyHandlers } from '../policy/handlers';
import { screensHandlers } from '../screens/handlers';
import { simulationHandlers } from '../simulation/handlers';
import { systemHandlers } from './system-handlers';

export function collectHandlers(): Handlers {
  return {
    ...systemHandlers,
    ...simulationHandlers,
    ...screensHandlers,
    ...authHandlers,
    ...mappingHandlers,
    ...policyHandlers,
  };
}
