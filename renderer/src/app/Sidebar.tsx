import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/appStore';
import { Icon } from '../components/Icon';
import { hashFor, VIEW_IDS } from './views';

export function Sidebar() {
  const { t } = useTranslation();
  const current = useAppStore((s) => s.view);
  return (
    <nav className="sidebar" aria-label={t('shell.mainNavigation')}>
      <div className="brand">
        <img src="./icon.svg" alt="" width={28} height={28} />
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <ul>
        {VIEW_IDS.map((id) => (
          <li key={id}>
            <a href={hashFor(id)} aria-current={current === id ? 'page' : undefined} data-testid={`nav-${id}`}>
              <Icon name={id} />
              <span>{t(`nav.${id}`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
