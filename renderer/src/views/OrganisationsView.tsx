import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/PageHeader';
import { Tabs, useHashTab } from '../components/Tabs';
import { usePlan } from '../data/PlanProvider';
import { ImportButton } from '../import/ImportButton';
import { BudgetsRegister } from '../registers/BudgetsRegister';
import { OrganisationsRegister } from '../registers/OrganisationsRegister';
import { NoPlan } from './NoPlan';

const TAB_IDS = ['organisations', 'budgets'] as const;

export function OrganisationsView() {
  const { t } = useTranslation();
  const plan = usePlan();
  const tabs = TAB_IDS.map((id) => ({ id, label: t(`organisations.tabs.${id}`) }));
  const [tab, setTab] = useHashTab(tabs);
  if (plan === undefined) return <PageHeader title={t('nav.organisations')} />;
  if (plan === null) return <NoPlan title={t('nav.organisations')} />;
  return (
    <>
      <PageHeader title={t('nav.organisations')} intro={t(`organisations.tabIntro.${tab as (typeof TAB_IDS)[number]}`)} />
      <Tabs tabs={tabs} selected={tab} onSelect={setTab} label={t('nav.organisations')} />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        <div className="page-actions">
          <ImportButton plan={plan} target={tab === 'budgets' ? 'budgets' : 'organisations'} />
        </div>
        {tab === 'budgets' ? <BudgetsRegister plan={plan} /> : <OrganisationsRegister plan={plan} />}
      </div>
    </>
  );
}
