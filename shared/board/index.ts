export * from './schema';
export * from './rag';
export * from './outcomes';
export * from './scoreBand';
export * from './boardPack';
export * from './html';
