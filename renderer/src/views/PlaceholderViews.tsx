import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { usePlan } from '../data/hooks';
import { hashFor, type ViewId } from '../app/views';
import { NoPlan } from './NoPlan';

type WaitingView = 'reports';

/** Prerequisite of each view: where to go first when it has nothing to show yet. */
const NEEDS: Record<WaitingView, ViewId> = {
  reports: 'compare',
};

/** A view whose content needs data the plan does not have yet: it says what to do next. */
export function WaitingForDataView({ view }: { view: WaitingView }) {
  const { t } = useTranslation();
  const plan = usePlan();
  if (plan === undefined) return <PageHeader title={t(`nav.${view}`)} />;
  if (plan === null) return <NoPlan title={t(`nav.${view}`)} />;
  return (
    <>
      <PageHeader title={t(`nav.${view}`)} intro={t(`views.${view}.intro`)} />
      <EmptyState
        title={t(`views.${view}.emptyTitle`)}
        action={
          <a className="button primary" href={hashFor(NEEDS[view])}>
            {t(`nav.${NEEDS[view]}`)}
          </a>
        }
      >
        <p>{t(`views.${view}.empty`)}</p>
      </EmptyState>
    </>
  );
}
