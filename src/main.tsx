// Entry of index.html. The start page is already in the HTML (src/prerender.tsx): let the
// browser paint it, then fetch and run the app, which hydrates it. On a slow phone the ~110 KB
// of JavaScript would otherwise compete with the stylesheet and hold the first frame back.
// scripts/bundle-report.mjs counts src/boot.tsx and its imports as first-screen JavaScript.
import './app/app.css';
import { afterFirstPaint } from './app/after-first-paint';

await afterFirstPaint();
await import('./boot');
