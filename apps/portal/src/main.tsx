/**
 * The portal's entry: small on purpose. It starts the page's chunk and first queries (app/routes.ts)
 * before it loads React, Ant Design and the shell (app/boot.tsx), so that they all arrive together
 * instead of one after another.
 */
import { queryClient } from './app/query-client';
import { startFirstRequests } from './app/routes';
import './app/app.css';

startFirstRequests(window.location, queryClient);
void import('./app/boot').then(({ boot }) => boot(document.getElementById('root') as HTMLElement));
