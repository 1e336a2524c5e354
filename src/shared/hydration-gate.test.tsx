import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The gates are module state: each test loads React, the renderers and the gates afresh, together.
async function load() {
  vi.resetModules();
  const [react, client, server, gates] = await Promise.all([import('react'), import('react-dom/client'), import('react-dom/server'), import('./hydration-gate')]);
  return { React: react, ...client, ...server, ...gates };
}

type Modules = Awaited<ReturnType<typeof load>>;

/** Runs `change` and lets React finish what it set off. */
const settle = (change: () => unknown) =>
  act(async () => {
    change();
    await Promise.resolve();
  });

/** Two parts, each a counter button, under a header that hydrates at once; `lazyPart` a part whose code arrives later. */
function page(m: Modules, lazyPart?: { Part: React.ComponentType; }) {
  const { React, GatedPart } = m;
  const hydrated: string[] = [];
  function Counter({ name }: { name: string }) {
    const [count, setCount] = React.useState(0);
    React.useEffect(() => void hydrated.push(name), [name]);
    return (
      <button type="button" onClick={() => setCount((c) => c + 1)}>
        {name} {count}
      </button>
    );
  }
  const Part = React.memo(function Part({ id }: { id: string }) {
    return (
      <section className="gate" data-gate={id}>
        <GatedPart id={id}>
          <Counter name={id} />
        </GatedPart>
      </section>
    );
  });
  function Page({ heading }: { heading: string }) {
    return (
      <main>
        <h1>{heading}</h1>
        <Part id="card:a" />
        <Part id="card:b" />
        {lazyPart && (
          <section data-gate="timeline">
            <GatedPart id="timeline" lazy>
              <lazyPart.Part />
            </GatedPart>
          </section>
        )}
      </main>
    );
  }
  return { Page, hydrated };
}

const button = (name: string) => {
  const found = Array.from(document.querySelectorAll('button')).find((b) => b.textContent.startsWith(name));
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

describe('gated parts of a prerendered page', () => {
  let container: HTMLElement;
  let stop = () => {};
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    stop();
    container.remove();
  });

  /** The page prerendered with `Part` in its lazy part, and hydrated with that part's code never arriving. */
  async function hydrateWaiting(Part: React.ComponentType) {
    const m = await load();
    const Never = m.React.lazy(() => new Promise<{ default: React.ComponentType }>(() => undefined));
    const { Page: ServerPage } = page(m, { Part });
    container.innerHTML = m.renderToString(<ServerPage heading="Dashboard" />);
    const { Page } = page(m, { Part: Never });
    m.shutGates();
    stop = m.watchGates(document);
    await settle(() => m.hydrateRoot(container, <Page heading="Dashboard" />));
  }

  it('leaves a part as prerendered until its gate opens, then hydrates it without changing its markup', async () => {
    const m = await load();
    const { Page, hydrated } = page(m);
    container.innerHTML = m.renderToString(<Page heading="Dashboard" />);
    const before = container.innerHTML;
    m.shutGates();
    await settle(() => m.hydrateRoot(container, <Page heading="Dashboard" />));
    expect(hydrated).toEqual([]);
    expect(m.shutGateIds()).toEqual(['card:a', 'card:b']);
    const partB = button('card:b');
    await settle(() => m.openGate('card:b'));
    expect(hydrated).toEqual(['card:b']);
    expect(container.innerHTML).toBe(before);
    // Hydrated, not drawn afresh: the same element, now answering clicks.
    expect(button('card:b')).toBe(partB);
    await settle(() => partB.click());
    expect(partB.textContent).toBe('card:b 1');
  });

  it('hydrates a part within the click that reaches it, and handles the click', async () => {
    const m = await load();
    const { Page, hydrated } = page(m);
    container.innerHTML = m.renderToString(<Page heading="Dashboard" />);
    m.shutGates();
    stop = m.watchGates(document);
    await settle(() => m.hydrateRoot(container, <Page heading="Dashboard" />));
    expect(hydrated).toEqual([]);
    await settle(() => button('card:a').click());
    expect(button('card:a').textContent).toBe('card:a 1');
    expect(hydrated).toEqual(['card:a']);
    expect(m.shutGateIds()).toEqual(['card:b']);
  });

  it('keeps a part prerendered when the page around it is drawn again', async () => {
    const m = await load();
    const { Page, hydrated } = page(m);
    container.innerHTML = m.renderToString(<Page heading="Dashboard" />);
    m.shutGates();
    let root: ReturnType<typeof m.hydrateRoot> | undefined;
    await settle(() => {
      root = m.hydrateRoot(container, <Page heading="Dashboard" />);
    });
    const partB = button('card:b');
    await settle(() => root?.render(<Page heading="Bảng điều khiển" />));
    expect(container.querySelector('h1')?.textContent).toBe('Bảng điều khiển');
    expect(hydrated).toEqual([]);
    // The same element, not one drawn afresh.
    expect(button('card:b')).toBe(partB);
  });

  it('replays a click that reached a part before its code, once the part has hydrated', async () => {
    const m = await load();
    let arrive: (part: { default: React.ComponentType }) => void = () => {};
    const code = new Promise<{ default: React.ComponentType }>((resolve) => (arrive = resolve));
    const Timeline = () => {
      const [selected, setSelected] = m.React.useState('none');
      return (
        <button type="button" onClick={() => setSelected('event 1')}>
          timeline {selected}
        </button>
      );
    };
    const { Page: ServerPage } = page(m, { Part: Timeline });
    container.innerHTML = m.renderToString(<ServerPage heading="Dashboard" />);
    const LazyTimeline = m.React.lazy(() => code);
    const { Page } = page(m, { Part: LazyTimeline });
    m.shutGates();
    const opened: string[] = [];
    stop = m.watchGates(document, (id) => opened.push(id));
    await settle(() => m.hydrateRoot(container, <Page heading="Dashboard" />));

    const target = button('timeline');
    let reachedPage = 0;
    const countClicks = () => (reachedPage += 1);
    document.body.addEventListener('click', countClicks);
    await settle(() => target.click());
    expect(opened).toEqual(['timeline']);
    expect(target.textContent).toBe('timeline none');
    expect(reachedPage).toBe(0);

    await settle(() => arrive({ default: Timeline }));
    expect(button('timeline')).toBe(target);
    expect(target.textContent).toBe('timeline event 1');
    document.body.removeEventListener('click', countClicks);
  });

  it('replays Enter on a button that reached a part before its code as the key and the click the browser would have made', async () => {
    const m = await load();
    let arrive: (part: { default: React.ComponentType }) => void = () => {};
    const code = new Promise<{ default: React.ComponentType }>((resolve) => (arrive = resolve));
    const keys: string[] = [];
    const Menu = () => {
      const [open, setOpen] = m.React.useState(false);
      return (
        <button type="button" onKeyDown={(e) => keys.push(e.key)} onClick={() => setOpen((o) => !o)}>
          menu {open ? 'open' : 'shut'}
        </button>
      );
    };
    const { Page: ServerPage } = page(m, { Part: Menu });
    container.innerHTML = m.renderToString(<ServerPage heading="Dashboard" />);
    const { Page } = page(m, { Part: m.React.lazy(() => code) });
    m.shutGates();
    stop = m.watchGates(document);
    await settle(() => m.hydrateRoot(container, <Page heading="Dashboard" />));

    const target = button('menu');
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    await settle(() => target.dispatchEvent(enter));
    // Held: the browser would otherwise click the button now, before it answers.
    expect(enter.defaultPrevented).toBe(true);
    expect(target.textContent).toBe('menu shut');

    await settle(() => arrive({ default: Menu }));
    expect(keys).toEqual(['Enter']);
    expect(target.textContent).toBe('menu open');
  });

  it('lets Tab and shortcuts on a part waiting for its code go to the browser', async () => {
    await hydrateWaiting(() => <button type="button">menu</button>);
    const press = (init: KeyboardEventInit) => {
      const key = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
      button('menu').dispatchEvent(key);
      return key.defaultPrevented;
    };
    expect(press({ key: 'Tab' })).toBe(false);
    expect(press({ key: 'Tab', shiftKey: true })).toBe(false);
    expect(press({ key: 'r', ctrlKey: true })).toBe(false);
    // A key the part answers itself is held for it.
    expect(press({ key: 'ArrowDown' })).toBe(true);
  });

  it('lets a key on a link in a part waiting for its code go to the browser', async () => {
    await hydrateWaiting(() => <a href="#source">source</a>);
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    container.querySelector('a')?.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(false);
  });

  it('lets a click on a link in a part waiting for its code go to the browser', async () => {
    await hydrateWaiting(() => <a href="#source">source</a>);
    const link = container.querySelector('a');
    if (!link) throw new Error('no link');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
  });

  it('renders every part at once when the page is not hydrating prerendered HTML', async () => {
    const m = await load();
    const { Page, hydrated } = page(m);
    await settle(() => m.createRoot(container).render(<Page heading="Dashboard" />));
    expect(hydrated.sort()).toEqual(['card:a', 'card:b']);
    expect(m.shutGateIds()).toEqual([]);
  });

  it('hydrates a waiting part, then draws what changed, when the page opens the gates before giving it new props', async () => {
    const m = await load();
    const { React, GatedPart } = m;
    const Label = React.memo(function Label({ text }: { text: string }) {
      return (
        <p className="gate" data-gate="card:label">
          <GatedPart id="card:label">
            <span>{text}</span>
          </GatedPart>
        </p>
      );
    });
    container.innerHTML = m.renderToString(<Label text="2019" />);
    m.shutGates();
    const errors: unknown[] = [];
    let root: ReturnType<typeof m.hydrateRoot> | undefined;
    await settle(() => {
      root = m.hydrateRoot(container, <Label text="2019" />, { onRecoverableError: (e) => errors.push(e) });
    });
    const span = container.querySelector('span');
    await settle(() => {
      m.openAllGates();
      root?.render(<Label text="2025" />);
    });
    expect(container.querySelector('span')).toBe(span);
    expect(span?.textContent).toBe('2025');
    expect(errors).toEqual([]);
  });

  it('opens every gate at once when the reader changes what the parts show', async () => {
    const m = await load();
    const { Page, hydrated } = page(m);
    container.innerHTML = m.renderToString(<Page heading="Dashboard" />);
    m.shutGates();
    await settle(() => m.hydrateRoot(container, <Page heading="Dashboard" />));
    await settle(() => m.openAllGates());
    expect(hydrated.sort()).toEqual(['card:a', 'card:b']);
    expect(m.shutGateIds()).toEqual([]);
  });
});
