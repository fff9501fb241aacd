// Keys are typed from en.json; locale-keys.test.ts keeps zh-CN.json in step with it.
import 'i18next';
import type en from './locales/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
