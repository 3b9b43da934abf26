import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kitchen } from '../../../shared/model/types';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { usePlan } from '../data/hooks';
import { commit } from '../data/history';
import { newId } from '../data/ids';
import { useFormatter } from '../format/useFormatter';
import { useAppStore } from '../state/appStore';
import { hashFor } from '../app/views';
import { KitchenForm } from './KitchenForm';
import { NoPlan } from './NoPlan';

export function KitchensView() {
  const { t } = useTranslation();
  const f = useFormatter();
  const plan = usePlan();
  const notify = useAppStore((s) => s.notify);
  const [editing, setEditing] = useState<Kitchen | 'new' | null>(null);
  if (plan === undefined) return <PageHeader title={t('nav.kitchens')} />;
  if (plan === null) return <NoPlan title={t('nav.kitchens')} />;
  const orgName = new Map(plan.organisations.map((o) => [o.id, o.name]));

  async function save(kitchen: Kitchen) {
    if (!plan) return;
    const isNew = !kitchen.id;
    const record = isNew ? { ...kitchen, id: newId('kitchen') } : kitchen;
    try {
      await commit(plan.meta.id, isNew ? 'history.addKitchen' : 'history.editKitchen', [{ table: 'kitchens', op: 'put', record }]);
      setEditing(null);
      notify('success', isNew ? 'notices.kitchenAdded' : 'notices.kitchenSaved', { name: record.name });
    } catch {
      notify('error', 'storage.failed');
    }
  }

  const addButton = (
    <button type="button" className="primary" data-testid="add-kitchen" onClick={() => setEditing('new')} disabled={plan.organisations.length === 0}>
      {t('kitchens.add')}
    </button>
  );

  return (
    <>
      <PageHeader title={t('nav.kitchens')} intro={t('kitchens.intro')} actions={addButton} />
      {editing ? (
        <KitchenForm plan={plan} kitchen={editing === 'new' ? null : editing} onSubmit={save} onCancel={() => setEditing(null)} />
      ) : null}
      {plan.organisations.length === 0 ? (
        <EmptyState title={t('kitchens.needOrganisationTitle')} action={<a className="button" href={hashFor('organisations')}>{t('nav.organisations')}</a>}>
          <p>{t('kitchens.needOrganisation')}</p>
        </EmptyState>
      ) : plan.kitchens.length === 0 ? (
        <EmptyState title={t('kitchens.emptyTitle')}>
          <p>{t('kitchens.empty')}</p>
        </EmptyState>
      ) : (
        <table className="data-table" data-testid="kitchens-table">
          <caption className="visually-hidden">{t('nav.kitchens')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.name')}</th>
              <th scope="col">{t('fields.organisation')}</th>
              <th scope="col">{t('fields.sector')}</th>
              <th scope="col">{t('fields.kitchenKind')}</th>
              <th scope="col" className="num">
                {t('mealTypes.lunch')} ({t('units.mealsPerDay')})
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('actions.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.kitchens.map((k) => (
              <tr key={k.id}>
                <td>{k.name}</td>
                <td>{orgName.get(k.organisationId) ?? '?'}</td>
                <td>{t(`sectors.${k.sector}`)}</td>
                <td>{t(`kitchenKinds.${k.kind}`)}</td>
                <td className="num">{f.number(k.meals.lunch, 1)}</td>
                <td>
                  <button type="button" className="link" onClick={() => setEditing(k)}>
                    {t('actions.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
