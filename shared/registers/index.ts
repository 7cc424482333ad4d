export * from './schema';
export * from './cuckooed';
export * from './dealLines';
export * from './mapFilter';
