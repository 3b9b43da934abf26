import { useTranslation } from 'react-i18next';
import { recordPlanExport } from '../data/backups';
import { openPlanAsFile } from '../data/planFileActions';
import { getPlatform } from '../platform';
import { useAppStore } from '../state/appStore';

/** Saves the open plan as a plan file (the same bytes every time for the same plan). */
export function SavePlanFileButton({ className, testId = 'save-plan-file' }: { className?: string; testId?: string }) {
  const { t } = useTranslation();
  const workspaceId = useAppStore((s) => s.workspaceId);
  const notify = useAppStore((s) => s.notify);
  return (
    <button type="button" className={className} disabled={!workspaceId} onClick={() => void savePlanFile(t('planFile.typeName'), workspaceId, notify)} data-testid={testId}>
      {t('exports.planFile.save')}
    </button>
  );
}

export async function savePlanFile(typeName: string, workspaceId: string | null, notify = useAppStore.getState().notify): Promise<void> {
  try {
    const file = await openPlanAsFile(workspaceId);
    if (!file) return;
    const outcome = await getPlatform().saveFile({ suggestedName: file.name, typeName, extensions: ['maltid'], mimeType: 'application/json', data: file.data });
    if (outcome !== 'saved') return;
    // A saved plan file is the web build's backup: it resets the "not backed up lately" reminder.
    if (workspaceId) await recordPlanExport(workspaceId);
    notify('success', 'exports.saved', { file: file.name });
  } catch {
    notify('error', 'exports.planFile.failed');
  }
}
