/* global document, window */
// Inline in every page's <head> (allowed by its hash in the Content-Security-Policy: see
// scripts/view-check.ts), so it runs before the first paint without a request. The page holds the
// default view, prerendered; a link that asks for another (filters, an event, another language)
// keeps it hidden until the app has drawn that view, so the reader never sees a view the link did
// not ask for.
(function () {
  // A chart's page or embed is the same whatever its query.
  if (document.documentElement.dataset.page) return;
  var params = new URLSearchParams(window.location.search);
  var pageLang = document.documentElement.lang;
  var other = false;
  params.forEach(function (value, key) {
    if (key !== 'lang' || value !== pageLang) other = true;
  });
  if (!other) return;
  document.documentElement.classList.add('view-pending');
  // Should the app's script fail to load, the page is shown rather than left blank.
  setTimeout(function () {
    document.documentElement.classList.remove('view-pending');
  }, 4000);
})();
