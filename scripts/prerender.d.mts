// Types for prerender.mjs (plain JavaScript, like the other build scripts).
import type { Plugin } from 'vite';

export declare const START_STATUS_ID: string;
export declare const DOM: { prerenderLang: string; appRoot: string; staticStep: string; staticStepId: string };
interface PrerenderedLanguage {
  start: string;
  step: string;
  widget: string;
  busyText: string;
  title: string;
}
export declare function appBody(pages: Record<string, PrerenderedLanguage>): string;
export declare function widgetBody(pages: Record<string, PrerenderedLanguage>): string;
export declare function prerenderFirstScreens(options: { configFile: string; root: string; entry?: string; headEntry?: string }): Plugin[];
