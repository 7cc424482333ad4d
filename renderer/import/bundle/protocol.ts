import type { FormatResult, GraphDocument } from '../../../shared/formats';

/** Messages between the page and bundle.worker.ts. */
export type BundleRequest = { bytes: ArrayBuffer; passphrase: string; workspaceId: string };
export type BundleReply = FormatResult<GraphDocument>;
