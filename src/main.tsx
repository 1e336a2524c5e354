// The page-wide styles first, so that a component's module (imported below) comes after them.
import './styles/global.css';
import './fonts.css';

/**
 * The page paints what the build wrote before any of the app's code is fetched or run: on a slow
 * phone the script would otherwise share the network with the page and hold the main thread before
 * its first paint. Then the app (src/start.tsx) and the page's view load side by side.
 */
function afterFirstPaint(run: () => void) {
  if (document.visibilityState !== 'visible') run();
  else requestAnimationFrame(() => setTimeout(run, 0));
}

afterFirstPaint(() => {
  void import('./start');
  // Fetched beside the app, which asks for it once it runs: the same module, not a second copy.
  const { page } = document.documentElement.dataset;
  // A failure is the app's to report, where it imports the view itself.
  (page === 'chart' || page === 'embed' ? import('./pages/chart-page') : import('./dashboard/app')).catch(() => undefined);
});
