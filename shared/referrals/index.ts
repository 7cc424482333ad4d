export * from './schema';
export * from './checks';
export * from './deadlines';
