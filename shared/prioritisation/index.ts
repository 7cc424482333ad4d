export * from './disclaimer';
export * from './matrix';
export * from './scores';
export * from './ranking';
export * from './history';
