/** Path of an up-to-date esbuild bundle of cli/main.ts, building it first if a source changed. */
export function ensureBundle(): Promise<string>;
