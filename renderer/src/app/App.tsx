import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/appStore';
import { Header } from './Header';
import { Notices } from './Notices';
import { PlanFileDrop } from './PlanFileDrop';
import { Sidebar } from './Sidebar';
import { StatusLine } from './StatusLine';
import { Tour } from './Tour';
import { useShellCommands } from './useShellCommands';
import { useBackups } from '../data/backups';
import { PlanProvider } from '../data/PlanProvider';
import { ViewOutlet } from './ViewOutlet';
import { navigateTo, viewFromHash } from './views';

/** The application shell: sidebar, header with the open plan, the current view, the status line. */
export function App() {
  const { t } = useTranslation();
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  useShellCommands();
  useBackups();

  // Hash routing: the address names the view, so reload and back/forward keep the place.
  useEffect(() => {
    const sync = () => {
      const fromHash = viewFromHash(window.location.hash);
      if (fromHash) setView(fromHash);
    };
    sync();
    window.addEventListener('hashchange', sync);
    return () => window.removeEventListener('hashchange', sync);
  }, [setView]);

  // Marks the first interactive view, for the startup benchmark (bench/startup.bench.ts).
  useEffect(() => {
    performance.mark('maltid:interactive');
  }, []);

  useEffect(() => {
    if (viewFromHash(window.location.hash) !== view) navigateTo(view);
    document.title = `${t(`nav.${view}`)} – Måltid`;
  }, [view, t]);

  return (
    <PlanProvider>
      <div className="app">
        <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
          {t('shell.skipToContent')}
        </a>
        <Sidebar />
        <div className="app-main">
          <Header />
          <main id="main" className="view" tabIndex={-1} aria-labelledby="view-title">
            <ViewOutlet view={view} />
          </main>
          <StatusLine />
        </div>
        <Notices />
        <PlanFileDrop />
        <Tour />
      </div>
    </PlanProvider>
  );
}
