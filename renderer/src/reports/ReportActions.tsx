import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioResult } from '../../../shared/engine/types';
import type { Formatter } from '../../../shared/format';
import type { Language } from '../../../shared/model/enums';
import type { Plan } from '../../../shared/model/types';
import type { ReportModel } from '../../../shared/report';
import { makeMemo, makeWorkbook } from '../exports/loadExports';
import type { ReportContent } from '../exports/reportContent';
import { exportFileName, saveExport } from '../exports/saveExport';
import { getPlatform } from '../platform';
import { useAppStore } from '../state/appStore';
import { SavePlanFileButton } from '../views/SavePlanFileButton';
import { onExportReportCommand } from './reportCommand';

type Busy = 'pdf' | 'docx' | 'xlsx' | null;

/** PDF, Word, Excel and the plan file, from the report as previewed. */
export function ReportActions({
  plan,
  results,
  model,
  content,
  reportT,
  reportF,
  language,
}: {
  plan: Plan;
  results: ReadonlyMap<string, ScenarioResult> | undefined;
  model: ReportModel | null;
  content: ReportContent | null;
  reportT: TFunction;
  reportF: Formatter;
  language: Language;
}) {
  const { t } = useTranslation();
  const notify = useAppStore((s) => s.notify);
  const [busy, setBusy] = useState<Busy>(null);
  const ready = model !== null && content !== null && results !== undefined && busy === null;
  const base = `${plan.meta.name} – ${reportT('reports.doc.fileName')}`;

  async function run(kind: Exclude<Busy, null>, action: () => Promise<void>) {
    setBusy(kind);
    try {
      await action();
    } catch {
      notify('error', 'exports.failed', { file: exportFileName(base, kind) });
    } finally {
      setBusy(null);
    }
  }

  const pdf = () =>
    run('pdf', async () => {
      // The title names the file in the browser's print dialog and in the PDF's properties.
      const previous = document.title;
      document.title = base;
      try {
        const outcome = await getPlatform().printReport(exportFileName(base, 'pdf'));
        if (outcome === 'saved' && getPlatform().shell === 'desktop') notify('success', 'exports.saved', { file: exportFileName(base, 'pdf') });
      } finally {
        document.title = previous;
      }
    });
  const word = () =>
    run('docx', async () => {
      const data = await makeMemo({ plan, model: model!, content: content!, t: reportT, f: reportF, language });
      await saveExport('docx', exportFileName(base, 'docx'), t('exports.types.docx'), data);
    });
  const excel = () =>
    run('xlsx', async () => {
      const data = await makeWorkbook({ plan, results: results!, model: model!, assumptions: content!.assumptions, t: reportT, f: reportF, language });
      await saveExport('xlsx', exportFileName(`${plan.meta.name} – ${reportT('exports.workbookName')}`, 'xlsx'), t('exports.types.xlsx'), data);
    });

  // Ctrl+P / File › Export report… prints what is previewed, when it is ready.
  const pdfRef = useRef<(() => Promise<void>) | null>(null);
  useEffect(() => {
    pdfRef.current = ready ? pdf : null;
  });
  useEffect(() => onExportReportCommand(() => void pdfRef.current?.()), []);

  return (
    <div className="report-actions" role="group" aria-label={t('reports.actions.label')}>
      <button type="button" className="primary" disabled={!ready} onClick={() => void pdf()} data-testid="export-pdf">
        {t('reports.actions.pdf')}
      </button>
      <button type="button" disabled={!ready} onClick={() => void word()} data-testid="export-docx">
        {t('reports.actions.word')}
      </button>
      <button type="button" disabled={!ready} onClick={() => void excel()} data-testid="export-xlsx">
        {t('reports.actions.excel')}
      </button>
      <SavePlanFileButton />
      <span className="muted" role="status" aria-live="polite" data-testid="export-status">
        {busy ? t('reports.actions.working') : ''}
      </span>
    </div>
  );
}
