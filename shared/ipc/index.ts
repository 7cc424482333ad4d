export * from './channels';
export * from './contract';
export * from './csp';
export type * from './bridge';
