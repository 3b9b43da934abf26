import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/PageHeader';
import { Tabs, useHashTab } from '../components/Tabs';
import { usePlan } from '../data/PlanProvider';
import { ImportButton } from '../import/ImportButton';
import { PurchasesTab } from '../purchases/PurchasesTab';
import { ContractsRegister } from '../registers/ContractsRegister';
import { OffersRegister } from '../registers/OffersRegister';
import { SuppliersRegister } from '../registers/SuppliersRegister';
import { NoPlan } from './NoPlan';

const TAB_IDS = ['suppliers', 'offers', 'contracts', 'purchases'] as const;

export function SuppliersView() {
  const { t } = useTranslation();
  const plan = usePlan();
  const tabs = TAB_IDS.map((id) => ({ id, label: id === 'purchases' ? t('purchases.tab') : t(`suppliers.tabs.${id}`) }));
  const [tab, setTab] = useHashTab(tabs);
  if (plan === undefined) return <PageHeader title={t('nav.suppliers')} />;
  if (plan === null) return <NoPlan title={t('nav.suppliers')} />;
  return (
    <>
      <PageHeader title={t('nav.suppliers')} intro={tab === 'purchases' ? t('purchases.intro') : t(`suppliers.tabIntro.${tab as Exclude<(typeof TAB_IDS)[number], 'purchases'>}`)} />
      <Tabs tabs={tabs} selected={tab} onSelect={setTab} label={t('nav.suppliers')} />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'purchases' ? null : (
          <div className="page-actions">
            <ImportButton plan={plan} target={tab as Exclude<(typeof TAB_IDS)[number], 'purchases'>} />
          </div>
        )}
        {tab === 'purchases' ? <PurchasesTab plan={plan} /> : tab === 'offers' ? <OffersRegister plan={plan} /> : tab === 'contracts' ? <ContractsRegister plan={plan} /> : <SuppliersRegister plan={plan} />}
      </div>
    </>
  );
}
