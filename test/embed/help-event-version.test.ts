// The embed help page tells hosts which version of the result event they get: the same number
// the widget sends (it said 2 while the widget sent 3).
import { describe, expect, it } from 'vitest';
import { RESULT_EVENT_VERSION } from '../../src/app/embed/messages';
import en from '../../src/i18n/locales/en.json';
import zh from '../../src/i18n/locales/zh-CN.json';

describe('embed help: the result event version', () => {
  it('in English and Chinese, the version the widget sends', () => {
    expect(en.embed.help.eventsText).toContain(`event.detail.version is ${RESULT_EVENT_VERSION}.`);
    expect(zh.embed.help.eventsText).toContain(`event.detail.version 为 ${RESULT_EVENT_VERSION}。`);
  });
});
