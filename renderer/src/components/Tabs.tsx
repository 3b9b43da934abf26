import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { subviewFromHash } from '../app/views';

export interface TabDef {
  id: string;
  label: string;
}

/** The tab in the address (#/view/tab), so that reloads and links keep it. */
export function useHashTab(tabs: readonly TabDef[]): [string, (id: string) => void] {
  const read = () => {
    const sub = subviewFromHash(window.location.hash);
    return tabs.some((t) => t.id === sub) ? sub! : tabs[0]!.id;
  };
  const [tab, setTab] = useState(read);
  useEffect(() => {
    const sync = () => setTab(read());
    window.addEventListener('hashchange', sync);
    return () => window.removeEventListener('hashchange', sync);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- tab ids are constant per view
  }, []);
  const select = (id: string) => {
    const view = window.location.hash.replace(/^#\/?/, '').split('/')[0] ?? '';
    window.location.hash = id === tabs[0]!.id ? `#/${view}` : `#/${view}/${id}`;
    setTab(id);
  };
  return [tab, select];
}

/** ARIA tabs: arrow keys move between tabs, the selected tab is the only one in the tab order. */
export function Tabs({ tabs, selected, onSelect, label }: { tabs: readonly TabDef[]; selected: string; onSelect(id: string): void; label: string }) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  function onKeyDown(e: KeyboardEvent, index: number) {
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!delta && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : (index + delta + tabs.length) % tabs.length;
    onSelect(tabs[next]!.id);
    refs.current[next]?.focus();
  }
  return (
    <div role="tablist" aria-label={label} className="tabs">
      {tabs.map((tab, i) => (
        <button
          key={tab.id}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          aria-selected={tab.id === selected}
          aria-controls={`panel-${tab.id}`}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(e) => onKeyDown(e, i)}
          data-testid={`tab-${tab.id}`}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
