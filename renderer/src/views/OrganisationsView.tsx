import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, REGION_KINDS, type OrganisationKind, type RegionKind } from '../../../shared/model/enums';
import { MAX_NAME_LENGTH, organisationSchema } from '../../../shared/model/schema';
import type { Organisation, Plan } from '../../../shared/model/types';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { commit } from '../data/history';
import { usePlan } from '../data/hooks';
import { newId } from '../data/ids';
import { useFormatter } from '../format/useFormatter';
import { Field } from '../forms/Field';
import { numberRule, parseNumberField, parseTextField, type FieldError } from '../forms/rules';
import { useAppStore } from '../state/appStore';
import { NoPlan } from './NoPlan';

const populationRule = numberRule(organisationSchema.shape.population.unwrap());
const REGION_KIND_OF = { SE: 'se_region', DK: 'dk_region', FI: 'fi_wellbeing_county' } as const;

function OrganisationForm({ plan, onDone }: { plan: Plan; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const notify = useAppStore((s) => s.notify);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganisationKind>('municipality');
  const [regionKind, setRegionKind] = useState<RegionKind>(REGION_KIND_OF[plan.meta.country]);
  const [population, setPopulation] = useState('');
  const [errors, setErrors] = useState<{ name?: FieldError; population?: FieldError }>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const n = parseTextField(name, MAX_NAME_LENGTH);
    const p = parseNumberField(population, populationRule, language, false);
    setErrors({ ...(n.ok ? {} : { name: n.error }), ...(p.ok ? {} : { population: p.error }) });
    if (!n.ok || !p.ok) return;
    const record: Organisation = {
      id: newId('org'),
      name: n.value,
      kind,
      ...(kind === 'region' ? { regionKind } : {}),
      country: plan.meta.country,
      currency: plan.meta.currency,
      ...(p.value !== null ? { population: p.value } : {}),
    };
    try {
      await commit(plan.meta.id, 'history.addOrganisation', [{ table: 'organisations', op: 'put', record }]);
      notify('success', 'notices.organisationAdded', { name: record.name });
      onDone();
    } catch {
      notify('error', 'storage.failed');
    }
  }

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} data-testid="organisation-form" noValidate>
      <h2>{t('organisations.addTitle')}</h2>
      <div className="form-grid">
        <Field label={t('fields.name')} error={errors.name ?? null}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />}
        </Field>
        <Field label={t('fields.organisationKind')}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as OrganisationKind)}>
              {ORGANISATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`organisationKinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {kind === 'region' ? (
          <Field label={t('fields.regionKind')}>
            {(p) => (
              <select {...p} value={regionKind} onChange={(e) => setRegionKind(e.target.value as RegionKind)}>
                {REGION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`regionKinds.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field label={t('fields.population')} unit={t('units.inhabitants')} error={errors.population ?? null}>
          {(p) => <input {...p} inputMode="numeric" value={population} onChange={(e) => setPopulation(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="button" onClick={onDone}>
          {t('actions.cancel')}
        </button>
        <button type="submit" className="primary" data-testid="organisation-form-submit">
          {t('organisations.add')}
        </button>
      </div>
    </form>
  );
}

export function OrganisationsView() {
  const { t } = useTranslation();
  const f = useFormatter();
  const plan = usePlan();
  const [adding, setAdding] = useState(false);
  if (plan === undefined) return <PageHeader title={t('nav.organisations')} />;
  if (plan === null) return <NoPlan title={t('nav.organisations')} />;
  return (
    <>
      <PageHeader
        title={t('nav.organisations')}
        intro={t('organisations.intro')}
        actions={
          <button type="button" className="primary" onClick={() => setAdding(true)} data-testid="add-organisation">
            {t('organisations.add')}
          </button>
        }
      />
      {adding ? <OrganisationForm plan={plan} onDone={() => setAdding(false)} /> : null}
      {plan.organisations.length === 0 ? (
        <EmptyState title={t('organisations.emptyTitle')}>
          <p>{t('organisations.empty')}</p>
        </EmptyState>
      ) : (
        <table className="data-table" data-testid="organisations-table">
          <caption className="visually-hidden">{t('nav.organisations')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.name')}</th>
              <th scope="col">{t('fields.organisationKind')}</th>
              <th scope="col">{t('fields.country')}</th>
              <th scope="col" className="num">
                {t('fields.population')}
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.organisations.map((o) => (
              <tr key={o.id}>
                <td>{o.name}</td>
                <td>{o.kind === 'region' && o.regionKind ? t(`regionKinds.${o.regionKind}`) : t(`organisationKinds.${o.kind}`)}</td>
                <td>{t(`countries.${o.country}`)}</td>
                <td className="num">{o.population !== undefined ? f.number(o.population) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
