export * from './pillars';
export * from './schema';
export * from './catalogue';
export * from './tactics';
export * from './progress';
