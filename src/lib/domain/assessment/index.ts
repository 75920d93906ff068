export * from './catalogue.ts';
export * from './evaluate.ts';
export * from './schemas.ts';
export * from './flow.ts';
