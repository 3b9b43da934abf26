import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { usePlan } from '../data/PlanProvider';
import { hashFor, type ViewId } from '../app/views';
import { tDynamic } from '../i18n/dynamic';
import { NoPlan } from './NoPlan';

// Every view has its content now; the placeholder stays for views still to come (its keys are
// then computed from a union with no members, hence tDynamic).
type WaitingView = never;

/** Prerequisite of each view: where to go first when it has nothing to show yet. */
const NEEDS: Record<WaitingView, ViewId> = {};

/** A view whose content needs data the plan does not have yet: it says what to do next. */
export function WaitingForDataView({ view }: { view: WaitingView }) {
  const { t } = useTranslation();
  const id: string = view;
  const next = NEEDS[view] as ViewId;
  const plan = usePlan();
  if (plan === undefined) return <PageHeader title={tDynamic(t, `nav.${id}`)} />;
  if (plan === null) return <NoPlan title={tDynamic(t, `nav.${id}`)} />;
  return (
    <>
      <PageHeader title={tDynamic(t, `nav.${id}`)} intro={tDynamic(t, `views.${id}.intro`)} />
      <EmptyState
        title={tDynamic(t, `views.${id}.emptyTitle`)}
        action={
          <a className="button primary" href={hashFor(next)}>
            {t(`nav.${next}`)}
          </a>
        }
      >
        <p>{tDynamic(t, `views.${id}.empty`)}</p>
      </EmptyState>
    </>
  );
}
