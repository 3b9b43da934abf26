import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createKitchen } from '../../../shared/model/defaults';
import type { Kitchen, Plan } from '../../../shared/model/types';
import { EmptyState } from '../components/EmptyState';
import { commit } from '../data/history';
import { newId } from '../data/ids';
import { RegisterGrid } from '../grid/RegisterGrid';
import { useAppStore } from '../state/appStore';
import { KitchenForm } from '../views/KitchenForm';
import { kitchenColumns } from './kitchenColumns';
import { useColumnContext } from './useColumnContext';
import { RegisterCsvButton } from '../exports/RegisterCsvButton';
import { storageMessageKey } from '../db/errors';

export function KitchensRegister({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const ctx = useColumnContext();
  const notify = useAppStore((s) => s.notify);
  const columns = useMemo(() => kitchenColumns(t, ctx, plan), [t, ctx, plan]);
  const firstOrg = plan.organisations[0];

  return (
    <RegisterGrid<Kitchen>
      toolbarExtra={<RegisterCsvButton register="kitchens" plan={plan} />}
      gridId="kitchens"
      label={t('nav.kitchens')}
      table="kitchens"
      workspaceId={plan.meta.id}
      rows={plan.kitchens}
      columns={columns}
      texts={{
        add: t('kitchens.add'),
        count: (n) => t('kitchens.count', { count: n }),
        deleted: (n) => t('kitchens.count', { count: n }),
      }}
      canAdd={!!firstOrg}
      createRecord={() =>
        firstOrg
          ? createKitchen({ id: newId('kitchen'), name: t('kitchens.newName'), organisationId: firstOrg.id, sector: 'school', country: plan.meta.country })
          : null
      }
      duplicateRecord={(k) => ({ ...k, id: newId('kitchen'), name: t('grid.copyOf', { name: k.name }) })}
      deleteBlockedReason={(rows) => {
        const ids = new Set(rows.map((r) => r.id));
        const receiver = plan.kitchens.find((k) => k.suppliedById && ids.has(k.suppliedById) && !ids.has(k.id));
        return receiver ? t('kitchens.deleteBlocked', { name: plan.kitchens.find((k) => k.id === receiver.suppliedById)?.name ?? '', receiver: receiver.name }) : null;
      }}
      details={(row, close) => (
        <KitchenForm
          plan={plan}
          kitchen={row}
          onCancel={close}
          onSubmit={async (k) => {
            try {
              await commit(plan.meta.id, 'history.edit', [{ table: 'kitchens', op: 'put', record: k }]);
              notify('success', 'notices.kitchenSaved', { name: k.name });
              close();
            } catch (error) {
              notify('error', storageMessageKey(error));
            }
          }}
        />
      )}
      empty={
        <EmptyState title={t('kitchens.emptyTitle')}>
          <p>{t('kitchens.empty')}</p>
        </EmptyState>
      }
    />
  );
}
