// shared/ runs in Node, browsers and workers, so it compiles without DOM or Node types.
// These are the few platform globals it relies on, all present in every one of those runtimes.
declare global {
  var crypto: {
    getRandomValues<T extends ArrayBufferView>(array: T): T;
    /** Only HKDF, for the vault's subkeys (shared/crypto/subkeys.ts). */
    subtle: {
      importKey(
        format: 'raw',
        keyData: ArrayBufferView,
        algorithm: 'HKDF',
        extractable: false,
        usages: ['deriveBits'],
      ): Promise<object>;
      deriveBits(
        algorithm: { name: 'HKDF'; hash: 'SHA-256'; salt: ArrayBufferView; info: ArrayBufferView },
        baseKey: object,
        length: number,
      ): Promise<ArrayBuffer>;
    };
  };
  class TextEncoder {
    encode(input?: string): Uint8Array;
  }
  class TextDecoder {
    constructor(label?: string, options?: { fatal?: boolean });
    decode(input?: ArrayBufferView | ArrayBuffer): string;
  }
  function setTimeout(handler: () => void, timeout?: number): unknown;
  const performance: { now(): number };
}
export {};
