export * from './stack';
export * from './browser-session';
export { eventually } from '../../tools/demo/eventually';
export * from './flows';
export * from './headless-chromium';
