import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/app';
import { startServiceWorker } from './lib/offline/service-worker';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

// Production builds only: in `npm run dev` a caching worker would serve stale modules.
if (import.meta.env.PROD) void startServiceWorker().catch(() => undefined);
