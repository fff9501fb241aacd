/*! 医保断缴恢复计算器 widget loader. Usage, where the calculator should appear:
  <script src="https://<this site>/embed.js" data-lang="en" data-region="fujian"
          data-accent="#1f5f8b" data-result-event="dates"></script>
  Optional: data-prefill (share-link format), data-target (CSS selector of a container; if it
  is invalid or matches nothing, a console warning and the frame goes right after this tag).
  Protocol: the frame posts {type:'yibao:height',height} and, only when data-result-event is
  "dates" or "answers", {type:'yibao:result',version,restoration,waiting[,paidByMonth][,answers]} to this
  page's origin (version 3; see the embed help page).
  Messages count only if they come from the widget's origin and from this frame; a result
  is re-dispatched as a bubbling CustomEvent 'yibao:result' on this script element. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var data = script.dataset;
  var url = new URL('embed.html', script.src);
  var widgetOrigin = url.origin;
  var mode = data.resultEvent === 'dates' || data.resultEvent === 'answers' ? data.resultEvent : '';
  ['lang', 'region', 'accent', 'prefill'].forEach(function (name) {
    if (data[name]) url.searchParams.set(name, data[name]);
  });
  if (mode) url.searchParams.set('result', mode);
  // The only origin the widget will post to.
  url.searchParams.set('parentOrigin', location.origin);

  var frame = document.createElement('iframe');
  frame.src = url.href;
  // The frame's name in the language the widget will show: data-lang where it names Chinese or
  // English in any form (en, en-US, en_GB…, as embed-params.ts reads it), else the visitor's
  // browser languages in their order (detect-language.ts), unless the visitor chose another
  // language inside the widget before, which only the frame can see.
  var family = function (tag) {
    return /^en([-_]|$)/i.test(tag) ? 'en' : /^zh([-_]|$)/i.test(tag) ? 'zh' : null;
  };
  var shown = family((data.lang || '').trim());
  var browser = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || '']);
  for (var i = 0; !shown && i < browser.length; i++) shown = family(browser[i] || '');
  frame.title = shown === 'en' ? 'Medical insurance lapse calculator' : '医保断缴恢复计算器';
  frame.allow = 'clipboard-write';
  // CSSOM, not a style attribute, so a host's own CSP cannot object. The height is a first
  // guess until the widget reports its own.
  frame.style.cssText = 'display:block;width:100%;height:560px;border:0;overflow:hidden';
  var target = null;
  if (data.target) {
    try {
      target = document.querySelector(data.target);
    } catch {
      // Not a selector at all (querySelector throws): ignored like any invalid value, so the
      // host's page and the widget keep working.
    }
    if (!target) console.warn('embed.js: data-target "' + data.target + '" is not a valid CSS selector or matches no element; the calculator goes right after its script tag.');
  }
  if (target) target.appendChild(frame);
  else script.parentNode.insertBefore(frame, script.nextSibling);

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
