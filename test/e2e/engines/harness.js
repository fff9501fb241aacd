// Loaded first in every page the cross-engine journeys open (test/e2e/engines/front-server.mjs
// puts it at the top of <head>; the embed host page loads it in its own script). WebDriver
// classic (WebKitGTK) has no way to run a script before the page's own or to read the console,
// so the guards live in the page, the same in every engine:
// - the clock: with ?now=<ISO instant>, Date is frozen there (as Playwright's setFixedTime);
// - errors: console.error, uncaught errors and rejections, resources that failed to load, and
//   Content-Security-Policy violations are kept in window.__e2e.errors (console.warn too, in
//   .warnings, for tests that expect a warning);
// - requests: the journeys read performance's resource entries to list every origin asked for.
/* global window, document, location */
(function () {
  'use strict';
  if (window.__e2e) return;
  var script = document.currentScript;
  var params = script && script.src ? new URL(script.src).searchParams : new URLSearchParams();
  var log = { errors: [], warnings: [] };
  var where = location.pathname.split('/').pop() || '/';
  var errors = [];
  // Each error says which page logged it, and when (ms after the page started).
  log.errors = {
    push: function (text) {
      errors.push(text + ' (' + where + ', ' + Math.round(performance.now()) + ' ms)');
    },
    splice: function () {
      return errors.splice(0);
    },
  };
  Object.defineProperty(window, '__e2e', { value: log, enumerable: false });

  var now = params.get('now');
  if (now) {
    var fixed = Date.parse(now);
    var RealDate = Date;
    var FixedDate = function Date(...args) {
      if (!new.target) return new RealDate(fixed).toString();
      return args.length === 0 ? new RealDate(fixed) : new RealDate(...args);
    };
    FixedDate.prototype = RealDate.prototype;
    FixedDate.now = function () {
      return fixed;
    };
    FixedDate.parse = RealDate.parse;
    FixedDate.UTC = RealDate.UTC;
    window.Date = FixedDate;
  }

  function text(value) {
    if (value instanceof Error) return value.message;
    if (typeof value === 'string') return value;
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  var consoleError = console.error;
  console.error = function () {
    log.errors.push('console.error: ' + Array.prototype.map.call(arguments, text).join(' '));
    return consoleError.apply(this, arguments);
  };
  var consoleWarn = console.warn;
  console.warn = function () {
    log.warnings.push(Array.prototype.map.call(arguments, text).join(' '));
    return consoleWarn.apply(this, arguments);
  };
  window.addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (target && target !== window && target.tagName) {
        log.errors.push('failed to load: <' + target.tagName.toLowerCase() + '> ' + (target.src || target.href || ''));
      } else {
        log.errors.push('uncaught: ' + (event.message || text(event.error)));
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', function (event) {
    log.errors.push('unhandled rejection: ' + text(event.reason));
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    log.errors.push('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' (' + (event.sourceFile || location.href) + ':' + event.lineNumber + ')');
  });
})();
