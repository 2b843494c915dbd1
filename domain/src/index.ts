export * from './auth.ts';
export * from './limits.ts';
export * from './time-zone.ts';
export * from './api.ts';
export * from './time.ts';
