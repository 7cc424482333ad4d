export * from './pillars';
export * from './instruments';
export * from './schema';
export * from './catalogue';
export * from './tactics';
export * from './progress';
export * from './leadAgency';
export * from './review';
