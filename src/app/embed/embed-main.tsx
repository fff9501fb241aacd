// Entry point of embed.html, the widget other sites frame with public/embed.js. Its first screen
// is in the HTML, in the reader's language, and works before any of this (scripts/prerender.mjs,
// src/first-paint/first-paint.ts). The widget's app (embed-boot.tsx) is fetched and run only
// once the visitor engages with that screen (static-widget.ts says why); until then the screen
// gets the host's accent colour and reports its height from here. Its styles come with the page.
import '../app.css';
import '../../features/wizard/wizard.css';
import './embed.css';
import { STATIC_ATTRIBUTE } from '../../first-paint/first-screen-dom';
import { afterFirstPaint } from '../after-first-paint';
import { dressStaticWidget, whenEngaged } from './static-widget';

// A visit the static screen does not fit (widget parameters, shared answers) needs the app at once.
if (document.documentElement.getAttribute(STATIC_ATTRIBUTE) !== 'off') {
  dressStaticWidget();
  await Promise.all([afterFirstPaint(), whenEngaged()]);
}
await import('./embed-boot');
