import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './data/loaders/query-client';
import { App } from './dashboard/app';
import { useDashboardStore } from './state/filter-store';
import { startUrlSync } from './state/url-sync';
import { applyTheme, readTheme } from './dashboard/theme';
import './styles.css';

applyTheme(readTheme());
startUrlSync(useDashboardStore);

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
