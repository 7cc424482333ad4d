// The shape of window.linchpin, which electron/preload.ts implements. The declaration lives in
// shared/ipc/bridge.ts beside the contract, so the renderer reaches it without importing electron/.
export type { LinchpinBridge, WindowWithBridge } from '../shared/ipc/bridge';
