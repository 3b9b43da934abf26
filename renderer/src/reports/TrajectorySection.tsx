import { trajectoryRows } from './chartData';
import { colourOf, dashOf, TARGET_DASH } from './palette';
import type { ReportProps } from './reportProps';
import { ReportTable } from './ReportTable';
import { TrajectoryLines } from './TrajectoryLines';

/** The local share over the horizon in each scenario, and the contracts that hold it back. */
export function TrajectorySection(props: ReportProps) {
  const { model, content, t, f, fileBase } = props;
  const basis = t(`scenarios.bases.${model.trajectories[0]?.localBasis ?? 'value'}`);
  const lines = model.scenarios.flatMap((s, i) => [
    { dataKey: `reached${i}`, label: t('reports.doc.trajectory.reachedIn', { scenario: s.name }), colour: colourOf(i), dash: dashOf(i), target: false },
    { dataKey: `target${i}`, label: t('reports.doc.trajectory.targetOf', { scenario: s.name }), colour: colourOf(i), dash: TARGET_DASH, target: true },
  ]);
  const title = t('reports.doc.trajectory.chartTitle', { basis });
  return (
    <section className="report-section report-break-before" aria-labelledby="report-trajectory-title" data-testid="report-trajectory">
      <h2 id="report-trajectory-title">{t('reports.doc.trajectory.title')}</h2>
      <p>{content.trajectorySentence}</p>
      <TrajectoryLines title={title} alt={`${title}. ${content.trajectorySentence}`} rows={trajectoryRows(model)} lines={lines} formatShare={(v) => f.percent(v)} />
      <ReportTable table={content.trajectory} t={t} f={f} fileBase={fileBase} />
      <h3>{t('reports.doc.trajectory.heldBackTitle')}</h3>
      {content.heldBack.rows.length ? (
        <>
          <p className="report-note">{t('reports.doc.trajectory.heldBackIntro')}</p>
          <ReportTable table={content.heldBack} t={t} f={f} fileBase={fileBase} hideCaption />
        </>
      ) : (
        <p>{t('reports.doc.trajectory.heldBackNone')}</p>
      )}
    </section>
  );
}
