import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportTarget } from '../../../shared/import/fields';
import type { Plan } from '../../../shared/model/types';
import { ImportDialog } from './ImportDialog';

/** "Import from file…" for a register or for purchase lines; the dialog does the rest. */
export function ImportButton({ plan, target, onStored }: { plan: Plan; target: ImportTarget; onStored?(batchId: string | null): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} data-testid={`import-${target}`}>
        {t('import.button')}
      </button>
      {open ? <ImportDialog plan={plan} target={target} onClose={() => setOpen(false)} {...(onStored ? { onStored } : {})} /> : null}
    </>
  );
}
