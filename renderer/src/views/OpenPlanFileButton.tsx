import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanFileIssue } from '../../../shared/planfile';
import type { Plan, PlanFilePurchases } from '../../../shared/model/types';
import { navigateTo } from '../app/views';
import { receivePlanFiles } from '../data/planFileInbox';
import { openPlanFile, openPlanFileAsCopy, PLAN_FILE_EXTENSIONS, replaceWithPlanFile, type OpenResult } from '../data/planFileActions';
import { useFormatter } from '../format/useFormatter';
import { planFileIssueWords } from './planFileIssueWords';
import { getPlatform } from '../platform';
import { useAppStore } from '../state/appStore';
import { storageMessageKey } from '../db/errors';

type Pending = Extract<OpenResult, { kind: 'exists' }> | Extract<OpenResult, { kind: 'invalid' }> | null;

/** Opens a plan file: shows each problem of an invalid file, and asks before touching a plan. */
export function OpenPlanFileButton() {
  const { t } = useTranslation();
  const notify = useAppStore((s) => s.notify);
  const [pending, setPending] = useState<Pending>(null);

  async function handle(name: string, data: Uint8Array) {
    try {
      const result = await openPlanFile(name, data);
      if (result.kind === 'opened') {
        notify('success', 'planFile.opened', { file: name });
        navigateTo('overview');
      } else setPending(result);
    } catch (error) {
      notify('error', storageMessageKey(error));
    }
  }

  // Plan files opened by the OS (double-click) or dropped on the window arrive here too
  // (app/usePlanFileDrop.ts sends them to this page).
  useEffect(() => receivePlanFiles((file) => void handle(file.name, file.data)));

  async function pick() {
    const file = await getPlatform().openFile({ typeName: t('planFile.typeName'), extensions: PLAN_FILE_EXTENSIONS });
    if (file) await handle(file.name, file.data);
  }

  return (
    <>
      <button type="button" onClick={() => void pick()} data-testid="open-plan-file">
        {t('planFile.open')}
      </button>
      {pending?.kind === 'invalid' ? <InvalidFileDialog fileName={pending.fileName} issues={pending.issues} onClose={() => setPending(null)} /> : null}
      {pending?.kind === 'exists' ? (
        <ExistsDialog
          fileName={pending.fileName}
          plan={pending.plan}
          purchases={pending.purchases}
          existingName={pending.existingName}
          onClose={() => setPending(null)}
          onDone={() => {
            setPending(null);
            navigateTo('overview');
          }}
        />
      ) : null}
    </>
  );
}

function useModal() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return ref;
}

function InvalidFileDialog({ fileName, issues, onClose }: { fileName: string; issues: PlanFileIssue[]; onClose(): void }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const ref = useModal();
  return (
    <dialog ref={ref} className="dialog wide" aria-labelledby="invalid-file-title" onCancel={onClose} data-testid="invalid-plan-file">
      <h2 id="invalid-file-title">{t('planFile.invalidTitle', { file: fileName })}</h2>
      <p>{t('planFile.invalidIntro')}</p>
      <ul className="issue-list">
        {issues.slice(0, 30).map((i, n) => (
          <li key={n}>
            {planFileIssueWords(t, i, (n) => f.number(n))}
          </li>
        ))}
      </ul>
      {issues.length > 30 ? <p className="muted">{t('planIssues.more', { count: issues.length - 30 })}</p> : null}
      <div className="form-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('actions.close')}
        </button>
      </div>
    </dialog>
  );
}

function ExistsDialog({ fileName, plan, purchases, existingName, onClose, onDone }: { fileName: string; plan: Plan; purchases: PlanFilePurchases | undefined; existingName: string; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const notify = useAppStore((s) => s.notify);
  const ref = useModal();
  const run = (action: () => Promise<string>) =>
    void action().then(
      () => {
        notify('success', 'planFile.opened', { file: fileName });
        onDone();
      },
      (error: unknown) => notify('error', storageMessageKey(error)),
    );
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="exists-title" onCancel={onClose} data-testid="plan-exists">
      <h2 id="exists-title">{t('planFile.existsTitle')}</h2>
      <p>{t('planFile.existsBody', { file: fileName, name: existingName })}</p>
      <div className="form-actions">
        <button type="button" onClick={onClose}>
          {t('actions.cancel')}
        </button>
        <button type="button" onClick={() => run(() => openPlanFileAsCopy(fileName, plan, t('grid.copyOf', { name: plan.meta.name }), purchases))} data-testid="plan-exists-copy">
          {t('planFile.openAsCopy')}
        </button>
        <button type="button" className="danger" onClick={() => run(() => replaceWithPlanFile(fileName, plan, purchases))} data-testid="plan-exists-replace">
          {t('planFile.replace', { name: existingName })}
        </button>
      </div>
    </dialog>
  );
}
