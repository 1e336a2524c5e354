import { Suspense, use, useEffect, type FulfilledReactPromise, type PendingReactPromise, type ReactNode } from 'react';

/**
 * Parts of a prerendered page that hydrate only when needed: a card nearing the viewport, focused
 * or touched; a section whose code loads later. Each part is a Suspense boundary holding a gate;
 * while its gate is shut, React leaves the part's prerendered HTML as the build wrote it (visible,
 * not yet interactive) and spends no time on it.
 *
 * The gates are shut only while the browser hydrates a prerendered page (`shutGates`): on the
 * server, and in a page the browser draws itself, every part renders at once.
 */

/**
 * A thenable React's `use` reads synchronously once fulfilled (by its `status`): a gate opened by
 * an event handler lets React hydrate its part within that same event.
 */
type Gate = PromiseLike<undefined> & { status: 'pending' | 'fulfilled'; value: undefined };

interface GateEntry {
  gate: Gate;
  open: () => void;
  /** The part has hydrated (its boundary committed). */
  hydrated: boolean;
  /** Its code loads apart: until it has, React cannot hydrate it within an event. */
  lazy: boolean;
  /** The part has waited at its gate. */
  waited: boolean;
  /** Clicks and keys that reached a part before its code did, replayed once it has hydrated. */
  queued: (() => void)[];
}

let shut = false;
const entries = new Map<string, GateEntry>();

function entryFor(id: string): GateEntry {
  let entry = entries.get(id);
  if (entry) return entry;
  let wake = () => {};
  const opened = new Promise<undefined>((resolve) => (wake = () => resolve(undefined)));
  const gate: Gate = { status: shut ? 'pending' : 'fulfilled', value: undefined, then: (onFulfilled, onRejected) => opened.then(onFulfilled, onRejected) };
  if (!shut) wake();
  const open = () => {
    if (gate.status === 'fulfilled') return;
    gate.status = 'fulfilled';
    wake();
  };
  entry = { gate, open, hydrated: !shut, lazy: false, waited: false, queued: [] };
  entries.set(id, entry);
  return entry;
}

/** Shuts every gate: the page is about to hydrate prerendered HTML. */
export function shutGates(): void {
  shut = true;
  entries.clear();
}

/** Lets the part `id` hydrate (at once, if React is handling an event on it). */
export function openGate(id: string): void {
  entryFor(id).open();
}

/** The ids of the parts whose gates are still shut. */
export function shutGateIds(): string[] {
  return [...entries].flatMap(([id, entry]) => (entry.gate.status === 'pending' ? [id] : []));
}

/**
 * The parts `which` names that are not yet hydrated: their gates opened, each (an element in it)
 * handed to `hydrate` (React's `unstable_scheduleHydration`), which hydrates it ahead of the work the reader's action
 * starts, so that the action shows there at once.
 */
export function hydrateParts(doc: Document, hydrate: (part: Element) => void, which: (id: string, part: Element) => boolean): void {
  for (const part of doc.querySelectorAll('[data-gate]')) {
    const id = part.getAttribute('data-gate');
    if (id === null || entryFor(id).hydrated || !which(id, part)) continue;
    openGate(id);
    // An element inside the part's boundary: React finds the dehydrated boundary from it.
    hydrate(part.firstElementChild ?? part);
  }
}

/** Lets every part hydrate: the reader changed what the parts show (the language, the years, the event). */
export function openAllGates(): void {
  shut = false;
  for (const entry of entries.values()) entry.open();
}

/**
 * Suspends the part `id` while its gate is shut. A gate shuts only for a page hydrating prerendered
 * HTML, and opens for good: a part drawn in the browser, or drawn again, goes through at once.
 */
function GateKeeper({ id }: { id: string }) {
  const entry = entryFor(id);
  // Once it has waited at a gate, the part reads it on every render (React expects the same `use` calls each time).
  if (entry.gate.status === 'pending') entry.waited = true;
  if (entry.waited) use(entry.gate as PendingReactPromise<undefined> | FulfilledReactPromise<undefined>);
  return null;
}

/** Tells the gate its part has hydrated, and replays what the reader did before it had. */
function Hydrated({ id }: { id: string }) {
  useEffect(() => {
    const entry = entryFor(id);
    entry.hydrated = true;
    for (const replay of entry.queued.splice(0)) replay();
  }, [id]);
  return null;
}

interface GatedPartProps {
  id: string;
  /** The part's code loads apart: a click or key before it arrives is replayed once it has. */
  lazy?: boolean;
  /** Shown while a part drawn in the browser waits for its code. */
  fallback?: ReactNode;
  children: ReactNode;
}

/**
 * A part of the page that hydrates when its gate opens. The element around it carries
 * `data-gate={id}`. Its parent must be memoised so that it is not drawn again with new props
 * while the part waits: React would then draw the part afresh instead of hydrating it. (The
 * page opens the gates before anything the parts show changes: see `openAllGates`.)
 */
export function GatedPart({ id, lazy = false, fallback = null, children }: GatedPartProps) {
  entryFor(id).lazy = lazy;
  return (
    <Suspense fallback={fallback}>
      <GateKeeper id={id} />
      {children}
      <Hydrated id={id} />
    </Suspense>
  );
}

/** The gate ids of an element and the parts around it, innermost first. */
function gatesAround(target: EventTarget | null): string[] {
  const ids: string[] = [];
  let el = target instanceof Element ? target.closest('[data-gate]') : null;
  while (el) {
    const id = el.getAttribute('data-gate');
    if (id) ids.push(id);
    el = el.parentElement?.closest('[data-gate]') ?? null;
  }
  return ids;
}

/** Events that open the gate of the part they reach: the reader is about to use it. */
const OPENING_EVENTS = ['pointerover', 'pointerdown', 'mousedown', 'touchstart', 'focusin', 'keydown', 'click'] as const;
/** Events kept and replayed when they reach a part whose code has not arrived yet. */
const REPLAYED_EVENTS = new Set(['click', 'keydown']);

/**
 * Opens a part's gate when the reader reaches it, before React sees the event (a listener on the
 * document, in the capture phase, runs before React's on the root). A part whose code is there
 * hydrates within the event and handles it as usual. A click or key on a part whose code is still
 * loading is held and replayed on the same element once the part has hydrated, so that it is not
 * lost, with the click the browser would have made of Enter or Space on a button. A click or key
 * on a link, Tab, a shortcut and typing into a field are left to the browser.
 */
export function watchGates(doc: Document, onOpen?: (id: string) => void): () => void {
  const handle = (event: Event) => {
    const ids = gatesAround(event.target);
    if (ids.length === 0) return;
    for (const id of ids) {
      const entry = entryFor(id);
      if (entry.gate.status === 'pending') {
        entry.open();
        onOpen?.(id);
      }
    }
    // React hydrates a part whose code is here within this event, and handles it: hold only what it would drop.
    const waiting = ids.map(entryFor).find((entry) => entry.lazy && !entry.hydrated);
    if (!waiting || !REPLAYED_EVENTS.has(event.type) || !(event.target instanceof Element)) return;
    if (event.target.closest('a[href]')) return;
    if (event instanceof KeyboardEvent && !heldKey(event, event.target)) return;
    const target = event.target;
    const replay = copyEvent(event);
    if (!replay) return;
    // Held, a key loses what the browser would have done with it: Enter or Space on a button
    // clicks it (a menu button opens on that click). The replay does it, unless a handler prevents it.
    const activates = event instanceof KeyboardEvent && activatesOnKey(event.key, target);
    event.stopPropagation();
    event.preventDefault();
    waiting.queued.push(() => {
      if (!target.isConnected) return;
      const replayed = replay();
      target.dispatchEvent(replayed);
      if (activates && !replayed.defaultPrevented && target instanceof HTMLElement) target.click();
    });
  };
  for (const type of OPENING_EVENTS) doc.addEventListener(type, handle, true);
  return () => {
    for (const type of OPENING_EVENTS) doc.removeEventListener(type, handle, true);
  };
}

/** Elements the browser clicks on Enter or Space (not links: a key on a link is left to the browser). */
const KEY_ACTIVATED = 'button, summary, input[type="button"], input[type="submit"], input[type="reset"]';

/**
 * Whether a key that reaches a part waiting for its code is held for it: not Tab (the reader
 * moving on), a shortcut, or typing into a field, which are the browser's to do at once.
 */
function heldKey(event: KeyboardEvent, target: Element): boolean {
  if (event.key === 'Tab' || event.ctrlKey || event.metaKey || event.altKey) return false;
  return !target.matches('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
}

/** Whether `key` on `target` is one the browser turns into a click on it. */
function activatesOnKey(key: string, target: Element): boolean {
  return (key === 'Enter' || key === ' ') && target.matches(KEY_ACTIVATED);
}

function copyEvent(event: Event): (() => Event) | null {
  if (event instanceof MouseEvent) {
    const { clientX, clientY, button, buttons, ctrlKey, shiftKey, altKey, metaKey, detail } = event;
    return () => new MouseEvent(event.type, { bubbles: true, cancelable: true, composed: true, clientX, clientY, button, buttons, ctrlKey, shiftKey, altKey, metaKey, detail });
  }
  if (event instanceof KeyboardEvent) {
    const { key, code, ctrlKey, shiftKey, altKey, metaKey, repeat } = event;
    return () => new KeyboardEvent(event.type, { bubbles: true, cancelable: true, composed: true, key, code, ctrlKey, shiftKey, altKey, metaKey, repeat });
  }
  return null;
}
