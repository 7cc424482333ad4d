export * from './roles';
export * from './indicators';
export * from './cuckooed';
export * from './view';
