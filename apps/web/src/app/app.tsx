import { useState } from 'react';
import { RouterProvider } from 'react-router';

import { createQueryClient } from '@/lib/query-client';

import { AppProvider } from './provider';
import { createAppRouter } from './router';
import { UpdatePrompt } from './update-prompt';

export function App() {
  // One client for the screens and for the router, which starts their first requests early.
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(queryClient));
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
      <UpdatePrompt />
    </AppProvider>
  );
}
