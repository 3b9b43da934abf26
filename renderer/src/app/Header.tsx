import { useTranslation } from 'react-i18next';
import { useWorkspaceRow } from '../data/hooks';
import { SavePlanFileButton } from '../views/SavePlanFileButton';
import { UndoButtons } from './UndoButtons';
import { hashFor } from './views';

/** The open plan and its currency, always in view. */
export function Header() {
  const { t } = useTranslation();
  const ws = useWorkspaceRow();
  return (
    <header className="app-header">
      {ws ? (
        <>
          <div className="workspace" data-testid="header-workspace">
            <span className="label">{t('header.plan')}</span>
            <strong>{ws.meta.name}</strong>
          </div>
          <div className="currency" data-testid="header-currency">
            <span className="label">{t('header.currency')}</span>
            <strong>{ws.meta.currency}</strong>
            <span className="muted">{t(`countries.${ws.meta.country}`)}</span>
          </div>
          <a className="button header-plans" href={hashFor('plans')} data-testid="header-plans">
            {t('header.plans')}
          </a>
          <SavePlanFileButton className="header-plans" testId="header-save-plan" />
          <UndoButtons />
        </>
      ) : (
        <div className="workspace muted" data-testid="header-workspace">
          {ws === null ? t('header.noPlan') : '\u00a0'}
        </div>
      )}
    </header>
  );
}
