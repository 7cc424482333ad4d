export * from './days';
export * from './decision';
export * from './due';
