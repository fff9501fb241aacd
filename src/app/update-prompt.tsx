// The polite "a new version is ready" prompt. The service worker (vite-plugin-pwa, registerType
// 'prompt') installs an update in the background and waits; only when the person chooses
// "Reload" does it take over, and the page reloads. The draft is in localStorage, so the
// answers survive the reload.
import { lazy, Suspense, useSyncExternalStore } from 'react';
import { UpdatePromptView } from './update-prompt-view';

const RegisteredUpdatePrompt = lazy(() => import('./registered-update-prompt').then((m) => ({ default: m.RegisteredUpdatePrompt })));

/**
 * The prompt's empty slot, then (in a browser, once mounted) the registered prompt, whose code
 * loads after the first render: the first render is the same on the server and in the browser,
 * so the prerendered page hydrates.
 */
const noSubscription = () => () => {};

export function UpdatePrompt() {
  // false on the server and while hydrating, true after: the idiom for "hydrated" without an effect.
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);
  const slot = <UpdatePromptView visible={false} onReload={() => {}} onLater={() => {}} />;
  if (!mounted) return slot;
  return (
    <Suspense fallback={slot}>
      <RegisteredUpdatePrompt />
    </Suspense>
  );
}

export { UpdatePromptView };
export type { UpdatePromptViewProps } from './update-prompt-view';
