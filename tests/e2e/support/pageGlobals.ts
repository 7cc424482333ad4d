/**
 * The window globals the app and its development harnesses publish for tests, brought into the
 * tests' type check. Type-only: nothing here runs, and no harness is loaded into a test.
 */
import type {} from '../../../renderer/workspace/canvas/chartProbe';
import type {} from '../../../renderer/dev/harness';
import type {} from '../../../renderer/dev/analysis-harness';
import type {} from '../../../renderer/dev/import-harness';
import type {} from '../../../renderer/dev/partnership-harness';
import type {} from '../../../renderer/dev/tools-harness';
