// Build time only (scripts/prerender.mjs): the start page as HTML, in Chinese, so it paints
// before any JavaScript arrives. main.tsx hydrates it when the visit opens on the start page in
// Chinese, and renders afresh otherwise. Nothing here may differ from the browser's first
// render: no dates, no storage, no data that loads later (the pack summary shows "loading").
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App, createQueryClient } from './app/app';
import { createI18n } from './i18n/setup';

export function renderStartPage(): string {
  return renderToString(
    <StrictMode>
      <App i18n={createI18n({ language: 'zh-CN' })} queryClient={createQueryClient()} />
    </StrictMode>,
  );
}
