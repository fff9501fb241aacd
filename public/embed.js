/*! 医保断缴恢复计算器 widget loader: <script src="https://<this site>/embed.js" data-lang="en"
  data-region="fujian" data-accent="#1f5f8b" data-result-event="dates"></script> where the
  calculator should appear; optional data-prefill (share-link format), data-target (a container's
  CSS selector). Attributes, messages and the 'yibao:result' event: see /embed-help.html. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var data = script.dataset;
  var url = new URL('embed.html', script.src);
  var widgetOrigin = url.origin;
  // A typo is warned about here and left out (the widget checks more: contrast, packs).
  var family = function (tag) {
    return /^en([-_]|$)/i.test(tag) ? 'en' : /^zh([-_]|$)/i.test(tag) ? 'zh' : null;
  };
  var checks = {
    lang: [family, 'zh-CN or en'],
    region: [/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a region id such as fujian'],
    accent: [/^#?([0-9a-f]{3}|[0-9a-f]{6})$/i, '#rrggbb or #rgb'],
    prefill: [/./],
    resultEvent: [/^(dates|answers)$/, 'dates or answers'],
    target: [/./],
  };
  var mode = '';
  Object.keys(data).forEach(function (name) {
    var value = data[name].trim();
    if (!value) return;
    // Another script's attribute (data-cfasync…) is no typo of ours: only names like ours are warned about.
    var check = checks[name] || [/^$/, 'lang, region, accent, prefill, target or result-event'];
    if (!checks[name] && !/lang|region|accent|prefill|target|result|origin/i.test(name)) return;
    if (check[0].test ? check[0].test(value) : check[0](value)) {
      if (name === 'resultEvent') mode = value;
      else if (name !== 'target') url.searchParams.set(name, value);
    } else console.warn('embed.js: ignored data-' + name.replace(/[A-Z]/g, '-$&').toLowerCase() + '="' + data[name] + '"; use ' + check[1] + '.');
  });
  if (mode) url.searchParams.set('result', mode);
  // The only origin the widget will post to.
  url.searchParams.set('parentOrigin', location.origin);

  var frame = document.createElement('iframe');
  frame.src = url.href;
  // The frame's name in the widget's language: data-lang, else the browser's (detect-language.ts).
  var shown = family((data.lang || '').trim());
  var browser = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || '']);
  for (var i = 0; !shown && i < browser.length; i++) shown = family(browser[i] || '');
  frame.title = shown === 'en' ? 'Medical insurance lapse calculator' : '医保断缴恢复计算器';
  frame.allow = 'clipboard-write';
  // CSSOM, not a style attribute, so a host's CSP cannot object; 560px until the widget reports.
  frame.style.cssText = 'display:block;width:100%;height:560px;border:0;overflow:hidden';
  var target = null;
  if (data.target) {
    try {
      target = document.querySelector(data.target);
    } catch {
      // Not a selector: ignored like any invalid value.
    }
    if (!target) console.warn('embed.js: data-target "' + data.target + '" is not a valid CSS selector or matches no element; the calculator goes right after its script tag.');
  }
  if (target) target.appendChild(frame);
  else script.parentNode.insertBefore(frame, script.nextSibling);

  // Only messages from this frame on the widget's origin count.
  window.addEventListener('message', function (event) {
    if (event.origin !== widgetOrigin || event.source !== frame.contentWindow) return;
    var message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'yibao:height') {
      var height = Math.ceil(Number(message.height));
      if (height > 0 && height < 100000) frame.style.height = height + 'px';
    } else if (message.type === 'yibao:result' && mode) {
      var detail = { version: message.version, restoration: message.restoration, waiting: message.waiting };
      if (typeof message.paidByMonth === 'string') detail.paidByMonth = message.paidByMonth;
      if (mode === 'answers') detail.answers = message.answers;
      script.dispatchEvent(new CustomEvent('yibao:result', { bubbles: true, detail: detail }));
    }
  });
})();
