export { buildDemoWorkspace } from './buildDemoWorkspace';
export type { DemoWorkspace } from './buildDemoWorkspace';
export {
  DEMO_PERIOD,
  DEMO_PLACES,
  DEMO_REFERENCE_DATE,
  DEMO_TIMESTAMP,
  DEMO_WORKSPACE_ID_PLACEHOLDER,
  FICTIONAL_NOTICE,
} from './constants';
export { buildSyntheticWorkspace } from './synthetic';
export type { SyntheticOptions } from './synthetic';
export { withFreshIds } from './withFreshIds';
