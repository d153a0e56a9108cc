export * from './dev-directory';
