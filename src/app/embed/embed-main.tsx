// Entry point of embed.html, the widget other sites frame with public/embed.js. Its first screen
// is in the HTML, in the reader's language, and works before any of this (scripts/prerender.mjs,
// src/first-paint/first-paint.ts): the widget's app (embed-boot.tsx) is fetched and run only
// after that screen is painted, so a slow phone shows it first. Its styles come with the page.
import '../app.css';
import '../../features/wizard/wizard.css';
import './embed.css';
import { STATIC_ATTRIBUTE } from '../../first-paint/first-screen-dom';
import { afterFirstPaint } from '../after-first-paint';

// A visit the static screen does not fit (widget parameters, shared answers) has nothing to paint first.
if (document.documentElement.getAttribute(STATIC_ATTRIBUTE) !== 'off') await afterFirstPaint();
await import('./embed-boot');
