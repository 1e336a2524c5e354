/* global window, document */
// Served by the cross-browser suite's server as the first script of every page it serves (a
// same-origin file, so the site's own Content-Security-Policy allows it): it records, from before
// any of the page's scripts run, what a reader's console would show as an error and every
// Content-Security-Policy violation, where the driver cannot read the console (WebKit).
(function () {
  var report = { errors: [], violations: [] };
  window.__xbReport = report;
  var text = function (value) {
    if (value instanceof Error) return value.name + ': ' + value.message;
    try {
      return typeof value === 'string' ? value : JSON.stringify(value);
    } catch {
      return String(value);
    }
  };
  document.addEventListener('securitypolicyviolation', function (e) {
    report.violations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' (' + (e.sourceFile || '') + ':' + e.lineNumber + ')');
  });
  // Capturing: a script, stylesheet or image that fails to load fires an error that does not bubble.
  window.addEventListener(
    'error',
    function (e) {
      var target = e.target;
      if (target && target !== window && target.tagName) report.errors.push('failed to load ' + target.tagName.toLowerCase() + ' ' + (target.src || target.href || ''));
      else report.errors.push('uncaught ' + text(e.error || e.message));
    },
    true,
  );
  window.addEventListener('unhandledrejection', function (e) {
    report.errors.push('unhandled rejection ' + text(e.reason));
  });
  var consoleError = window.console.error;
  window.console.error = function () {
    report.errors.push('console.error ' + Array.prototype.map.call(arguments, text).join(' '));
    return consoleError.apply(window.console, arguments);
  };
})();
