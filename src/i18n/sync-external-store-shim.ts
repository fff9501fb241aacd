// react-i18next imports `use-sync-external-store/shim`, a fallback for React 17 and older.
// React 19 has the hook built in; vite.config.ts points the shim here to save ~1 KB gzip on
// the first screen.
export { useSyncExternalStore } from 'react';
