import type { AssumptionGroup, AssumptionRow } from '../exports/assumptionText';
import type { ReportProps } from './reportProps';

const GROUPS: readonly AssumptionGroup[] = ['general', 'scenario', 'thresholds', 'climate', 'profiles', 'sources'];

/** What the figures rest on: the plan's settings, each scenario's assumptions, and the sources, estimates marked. */
export function AssumptionsSection({ plan, content, t }: ReportProps) {
  const scenarioName = (id: string | undefined) => plan.scenarios.find((s) => s.id === id)?.name ?? '';
  const blocks: { key: string; title: string; rows: AssumptionRow[] }[] = [];
  for (const group of GROUPS) {
    const rows = content.assumptions.filter((r) => r.group === group);
    if (group !== 'scenario') {
      if (rows.length) blocks.push({ key: group, title: t(`reports.doc.assumptions.groups.${group}`), rows });
      continue;
    }
    for (const id of [...new Set(rows.map((r) => r.scenarioId))]) {
      blocks.push({ key: `scenario-${id}`, title: t('reports.doc.assumptions.scenarioGroup', { scenario: scenarioName(id) }), rows: rows.filter((r) => r.scenarioId === id) });
    }
  }
  return (
    <section className="report-section report-break-before" aria-labelledby="report-assumptions-title" data-testid="report-assumptions">
      <h2 id="report-assumptions-title">{t('reports.doc.assumptions.title')}</h2>
      <p className="report-note">{t('reports.doc.assumptions.intro')}</p>
      {blocks.map((b) => (
        <table key={b.key} className="data-table compact-table report-assumptions">
          <caption>{b.title}</caption>
          <colgroup>
            <col style={{ width: '30%' }} />
            <col style={{ width: '38%' }} />
            <col style={{ width: '32%' }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('reports.doc.assumptions.columns.assumption')}</th>
              <th scope="col">{t('reports.doc.assumptions.columns.value')}</th>
              <th scope="col">{t('reports.doc.assumptions.columns.source')}</th>
            </tr>
          </thead>
          <tbody>
            {b.rows.map((r, i) => (
              <tr key={i}>
                <th scope="row">{r.label}</th>
                <td>{r.value}</td>
                <td>
                  {r.estimate ? <span className="report-badge report-estimate">{t('reports.doc.assumptions.estimate')}</span> : null} {r.source}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
