export * from './catalogue.ts';
export * from './evaluate.ts';
export * from './schemas.ts';
