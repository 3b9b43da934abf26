import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { Tabs, useHashTab } from '../components/Tabs';
import { usePlan } from '../data/PlanProvider';
import { ImportButton } from '../import/ImportButton';
import { hashFor } from '../app/views';
import { CategoriesRegister } from '../registers/CategoriesRegister';
import { KitchensRegister } from '../registers/KitchensRegister';
import { MealProfilesMatrix } from '../registers/MealProfilesMatrix';
import { NoPlan } from './NoPlan';

const TAB_IDS = ['kitchens', 'profiles', 'categories'] as const;

export function KitchensView() {
  const { t } = useTranslation();
  const plan = usePlan();
  const tabs = TAB_IDS.map((id) => ({ id, label: t(`kitchens.tabs.${id}`) }));
  const [tab, setTab] = useHashTab(tabs);
  if (plan === undefined) return <PageHeader title={t('nav.kitchens')} />;
  if (plan === null) return <NoPlan title={t('nav.kitchens')} />;
  return (
    <>
      <PageHeader title={t('nav.kitchens')} intro={t(`kitchens.tabIntro.${tab as (typeof TAB_IDS)[number]}`)} />
      <Tabs tabs={tabs} selected={tab} onSelect={setTab} label={t('nav.kitchens')} />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'kitchens' ? (
          plan.organisations.length === 0 ? (
            <EmptyState title={t('kitchens.needOrganisationTitle')} action={<a className="button" href={hashFor('organisations')}>{t('nav.organisations')}</a>}>
              <p>{t('kitchens.needOrganisation')}</p>
            </EmptyState>
          ) : (
            <>
              <div className="page-actions">
                <ImportButton plan={plan} target="kitchens" />
              </div>
              <KitchensRegister plan={plan} />
            </>
          )
        ) : tab === 'profiles' ? (
          <MealProfilesMatrix plan={plan} />
        ) : (
          <CategoriesRegister plan={plan} />
        )}
      </div>
    </>
  );
}
