export * from './stack';
export * from './tcp-proxy';
export * from './browser-session';
export { ApiClient, ApiError, eventually, type ApiResponse } from '../../tools/demo/api-client';
export * from './flows';
export * from './headless-chromium';
