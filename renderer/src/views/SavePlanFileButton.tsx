import { useTranslation } from 'react-i18next';
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
    if (outcome === 'saved') notify('success', 'exports.saved', { file: file.name });
  } catch {
    notify('error', 'exports.planFile.failed');
  }
}
