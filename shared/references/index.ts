export * from './schema';
export * from './refs';
export * from './repoint';
export * from './disposal';
