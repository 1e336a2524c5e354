import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A menu button (WAI-ARIA pattern): Enter, Space or Arrow Down open it on the first item, arrows,
 * Home and End move, Escape closes and returns focus to the button, a click outside closes it.
 */
export function useMenuButton() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const focusItem = (index: number) => {
    const all = items();
    all[(index + all.length) % all.length]?.focus();
  };

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointerDown = (e: PointerEvent) => {
      if (!menuRef.current?.contains(e.target as Node) && e.target !== buttonRef.current) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const buttonProps = {
    ref: buttonRef,
    'aria-haspopup': 'menu' as const,
    'aria-expanded': open,
    'aria-controls': open ? menuId : undefined,
    onClick: () => setOpen((o) => !o),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        setOpen(true);
      }
    },
  };

  const menuProps = {
    ref: menuRef,
    id: menuId,
    role: 'menu',
    onKeyDown: (e: KeyboardEvent) => {
      const at = items().indexOf(document.activeElement as HTMLElement);
      if (e.key === 'ArrowDown') focusItem(at + 1);
      else if (e.key === 'ArrowUp') focusItem(at - 1);
      else if (e.key === 'Home') focusItem(0);
      else if (e.key === 'End') focusItem(-1);
      else if (e.key === 'Escape') close();
      else if (e.key === 'Tab') setOpen(false);
      else return;
      e.preventDefault();
    },
  };

  return { open, close, buttonProps, menuProps };
}
