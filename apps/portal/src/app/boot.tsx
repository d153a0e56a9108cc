import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ensureLocale, initialLocale } from '../i18n/i18n';
import { App } from './App';

/** Renders the portal into `root`: React, Ant Design and the shell, loaded after the entry (main.tsx). */
export async function boot(root: HTMLElement) {
  // English is its own chunk: someone who chose it last time waits for it before the first render.
  await ensureLocale(initialLocale()).catch(() => undefined);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
