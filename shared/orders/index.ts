export * from './schema';
export * from './periods';
export * from './lifecycle';
export * from './deadlines';
export * from './details';
