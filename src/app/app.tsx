// Composition only: providers around the shell and the current screen.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { Suspense } from 'react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { CalculatorPage } from './calculator-page';
import { Shell } from './shell';
import type { StartIntent } from './static-start-page';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Rule packs come from the service-worker cache when offline: always try the request
      // instead of pausing until the browser claims to be online.
      queries: { networkMode: 'offlineFirst' },
      mutations: { networkMode: 'offlineFirst' },
    },
  });
}

export interface AppProvidersProps {
  i18n: I18n;
  queryClient: QueryClient;
  children: ReactNode;
}

export function AppProviders({ i18n, queryClient, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        {/* Suspends only while a lazily loaded language arrives on first paint. */}
        <Suspense fallback={null}>{children}</Suspense>
      </I18nextProvider>
    </QueryClientProvider>
  );
}

export interface AppProps extends Omit<AppProvidersProps, 'children'> {
  intent?: StartIntent;
}

export function App({ i18n, queryClient, intent }: AppProps) {
  return (
    <AppProviders i18n={i18n} queryClient={queryClient}>
      <Shell>
        <CalculatorPage intent={intent} />
      </Shell>
    </AppProviders>
  );
}
