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

declare global {
  interface Window {
    /** Called by the app once it has hydrated: the clicks held until then are replayed, and no more are held. */
    dashboardReplayEarlyClicks?: () => void;
  }
}

/**
 * Until the app has hydrated, a click on a control (a button, or what plays one) would reach no
 * handler and be lost: it is held, and replayed on the same element once the app is there. Links
 * and form fields work without script and are left to the browser.
 */
function holdEarlyClicks() {
  const held: { target: Element; init: MouseEventInit }[] = [];
  const hold = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target?.closest('button, [role="button"], [role="tab"], [role="option"], [role="menuitem"]') || target.closest('a[href]')) return;
    // Held here alone: a part's gate (src/shared/hydration-gate.tsx), watching the same document,
    // would hold it a second time, and the replays toggle it twice. It sees the replayed click.
    event.stopImmediatePropagation();
    event.preventDefault();
    const { clientX, clientY, button, ctrlKey, shiftKey, altKey, metaKey, detail } = event;
    held.push({ target, init: { bubbles: true, cancelable: true, composed: true, clientX, clientY, button, ctrlKey, shiftKey, altKey, metaKey, detail } });
  };
  document.addEventListener('click', hold, true);
  const replay = () => {
    document.removeEventListener('click', hold, true);
    window.dashboardReplayEarlyClicks = undefined;
    for (const { target, init } of held.splice(0)) if (target.isConnected) target.dispatchEvent(new MouseEvent('click', init));
  };
  window.dashboardReplayEarlyClicks = replay;
  return replay;
}

const stopHolding = holdEarlyClicks();

afterFirstPaint(() => {
  // Should the app not load, the page stays as built, its links working, and no click is held.
  import('./start').catch(stopHolding);
  // Fetched beside the app, which asks for it once it runs: the same module, not a second copy.
  const { page } = document.documentElement.dataset;
  // A failure is the app's to report, where it imports the view itself.
  (page === 'chart' || page === 'embed' ? import('./pages/chart-page') : import('./dashboard/app')).catch(() => undefined);
});
