export * from './stack';
export * from './tcp-proxy';
export { ApiClient, ApiError, eventually, type ApiResponse } from '../../tools/demo/api-client';
export * from './flows';
