/**
 * The steps of an import, as a state machine: choose a file → first look (worker) → mapping
 * (guessed, or remembered for this source) → full pass (worker, with progress and Cancel) →
 * preview (first rows as stored, every problem) → store after the user confirms (one transaction)
 * → done. Nothing is written before the confirm; closing or cancelling at any step leaves the
 * workspace as it was.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Delimiter } from '../../../shared/import/csv';
import type { TextEncodingName } from '../../../shared/import/encoding';
import type { ImportTarget } from '../../../shared/import/fields';
import { detectDecimal } from '../../../shared/import/inspect';
import { fromSavedMapping, guessMapping, mappingKey, toSavedMapping, type ColumnMapping } from '../../../shared/import/mapping';
import type { DecimalMark } from '../../../shared/import/numbers';
import type { RunResult } from '../../../shared/import/run';
import type { Plan } from '../../../shared/model/types';
import { nowIso } from '../data/clock';
import { newId } from '../data/ids';
import { getDatabase } from '../db/database';
import { readRules, rememberedMapping } from '../db/importSettings';
import { WriteCancelled } from '../db/purchases';
import { StorageError } from '../db/errors';
import { rememberConfirmedMapping, storePurchases, storeRecords } from './applyImport';
import { adoptChunks } from '../purchases/purchaseStore';
import { ImportClient } from './importClient';
import type { FileInspection, Progress } from './protocol';

export interface FileOptions {
  encoding?: TextEncodingName;
  delimiter?: Delimiter;
  sheet?: string;
}

export type ImportStep =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  | { step: 'mapping'; file: File; inspection: FileInspection; mapping: ColumnMapping; decimal: DecimalMark; decimalChosen: boolean; remembered: boolean; createSuppliers: boolean }
  | { step: 'checking'; progress: Progress | null }
  | { step: 'preview'; result: RunResult; ms: number }
  | { step: 'writing'; lines: number; total: number }
  | { step: 'done'; result: RunResult; batchId: string | null }
  | { step: 'stopped'; reason: 'cancelled' | 'failed' | 'storage'; message?: string };

export interface ImportFlow {
  state: ImportStep;
  /** The confirmed mapping step's values (kept for Back from the preview). */
  mappingState: Extract<ImportStep, { step: 'mapping' }> | null;
  chooseFile(file: File): void;
  reread(options: FileOptions): void;
  setMapping(mapping: ColumnMapping): void;
  setDecimal(decimal: DecimalMark): void;
  setCreateSuppliers(on: boolean): void;
  check(): void;
  back(): void;
  confirm(): void;
  cancel(): void;
  restart(): void;
}

export function useImportFlow(plan: Plan, target: ImportTarget): ImportFlow {
  const [state, setState] = useState<ImportStep>({ step: 'choose' });
  const [mappingState, setMappingState] = useState<Extract<ImportStep, { step: 'mapping' }> | null>(null);
  const client = useRef<ImportClient | null>(null);
  const cancelWrite = useRef(false);
  // The plan as of the latest render, for the callbacks (the run uses the plan of when it starts).
  const planRef = useRef(plan);
  useEffect(() => {
    planRef.current = plan;
  }, [plan]);

  useEffect(() => {
    client.current = new ImportClient();
    return () => {
      // Closing the dialog ends the worker: a run in progress stops, nothing was written.
      client.current?.dispose();
      client.current = null;
      cancelWrite.current = true;
    };
  }, []);

  const toMapping = useCallback(
    (m: Extract<ImportStep, { step: 'mapping' }>) => {
      setMappingState(m);
      setState(m);
    },
    [],
  );

  const inspect = useCallback(
    async (file: File, options: FileOptions, createSuppliers: boolean) => {
      setState({ step: 'reading', fileName: file.name });
      let inspection: FileInspection;
      try {
        inspection = await client.current!.inspect({ file, fileName: file.name, ...options });
      } catch (e) {
        setState({ step: 'stopped', reason: 'failed', message: e instanceof Error ? e.message : String(e) });
        return;
      }
      const key = mappingKey(target, inspection.headers);
      const saved = inspection.headers.length ? await rememberedMapping(getDatabase(), key) : undefined;
      let mapping = guessMapping(target, inspection.headers);
      let remembered = false;
      if (saved) {
        const applied = fromSavedMapping({ target, columns: saved.columns }, inspection.headers);
        if (applied.missing.length === 0) {
          mapping = applied.mapping;
          remembered = true;
        }
      }
      const decimal = (remembered ? saved?.options.decimal : undefined) ?? detectDecimal(target, mapping, inspection.sample);
      toMapping({ step: 'mapping', file, inspection, mapping, decimal, decimalChosen: false, remembered, createSuppliers });
    },
    [target, toMapping],
  );

  const chooseFile = useCallback((file: File) => void inspect(file, {}, false), [inspect]);

  const reread = useCallback(
    (options: FileOptions) => {
      const m = mappingState;
      if (!m) return;
      const current: FileOptions = {
        ...(m.inspection.format === 'csv' ? { encoding: m.inspection.encoding, delimiter: m.inspection.delimiter } : {}),
        ...(m.inspection.sheet ? { sheet: m.inspection.sheet } : {}),
      };
      void inspect(m.file, { ...current, ...options }, m.createSuppliers);
    },
    [inspect, mappingState],
  );

  const update = useCallback(
    (patch: Partial<Extract<ImportStep, { step: 'mapping' }>>) => {
      if (!mappingState) return;
      const next = { ...mappingState, ...patch };
      if (patch.mapping && !next.decimalChosen) next.decimal = detectDecimal(target, next.mapping, next.inspection.sample);
      toMapping(next);
    },
    [mappingState, target, toMapping],
  );

  const check = useCallback(() => {
    const m = mappingState;
    if (!m) return;
    setState({ step: 'checking', progress: null });
    void (async () => {
      const rules = await readRules(getDatabase(), planRef.current.meta.id);
      const outcome = await client.current!.run(
        {
          file: m.file,
          fileName: m.file.name,
          format: m.inspection.format,
          ...(m.inspection.sheet ? { sheet: m.inspection.sheet } : {}),
          target,
          mapping: m.mapping,
          columnCount: m.inspection.headers.length,
          decimal: m.decimal,
          encoding: m.inspection.encoding,
          delimiter: m.inspection.delimiter,
          plan: planRef.current,
          categoryRules: rules.categoryRules,
          pieceRules: rules.pieceRules,
          createMissingSuppliers: m.createSuppliers,
        },
        (progress) => setState((s) => (s.step === 'checking' ? { step: 'checking', progress } : s)),
      );
      if (outcome.kind === 'done') setState({ step: 'preview', result: outcome.result, ms: outcome.ms });
      else if (outcome.kind === 'cancelled') setState({ step: 'stopped', reason: 'cancelled' });
      else setState({ step: 'stopped', reason: 'failed', message: outcome.message });
    })();
  }, [mappingState, target]);

  const confirm = useCallback(() => {
    const m = mappingState;
    if (state.step !== 'preview' || !m) return;
    const result = state.result;
    const saved = toSavedMapping(target, m.inspection.headers, m.mapping);
    const options = { format: m.inspection.format, encoding: m.inspection.encoding, delimiter: m.inspection.delimiter, decimal: m.decimal, ...(m.inspection.sheet ? { sheet: m.inspection.sheet } : {}) };
    cancelWrite.current = false;
    void (async () => {
      const workspaceId = planRef.current.meta.id;
      let batchId: string | null = null;
      try {
        if (target === 'purchases') {
          const total = result.purchases?.rowCount ?? 0;
          setState({ step: 'writing', lines: 0, total });
          batchId = newId('batch');
          const handOver = adoptChunks(batchId, result.purchases?.chunks ?? []);
          await storePurchases({ workspaceId, batchId, fileName: m.file.name, importedAt: nowIso(), mapping: saved, options }, result, {
            onProgress: (lines) => setState({ step: 'writing', lines, total }),
            cancelled: () => cancelWrite.current,
          }).then(
            () => handOver.settle(true),
            (e: unknown) => {
              handOver.settle(false);
              throw e;
            },
          );
        } else {
          setState({ step: 'writing', lines: 0, total: result.puts?.length ?? 0 });
          await storeRecords(workspaceId, result);
        }
      } catch (e) {
        if (e instanceof WriteCancelled) setState({ step: 'stopped', reason: 'cancelled' });
        else setState({ step: 'stopped', reason: 'storage', message: e instanceof StorageError ? e.code : 'failed' });
        return;
      }
      // Remembered only once the import is stored (nothing is written before the confirm).
      await rememberConfirmedMapping(mappingKey(target, m.inspection.headers), saved, options, nowIso()).catch(() => undefined);
      setState({ step: 'done', result, batchId });
    })();
  }, [mappingState, state, target]);

  const cancel = useCallback(() => {
    cancelWrite.current = true;
    client.current?.cancel();
  }, []);

  return {
    state,
    mappingState,
    chooseFile,
    reread,
    setMapping: (mapping) => update({ mapping }),
    setDecimal: (decimal) => update({ decimal, decimalChosen: true }),
    setCreateSuppliers: (createSuppliers) => update({ createSuppliers }),
    check,
    back: () => mappingState && setState(mappingState),
    confirm,
    cancel,
    restart: () => {
      setMappingState(null);
      setState({ step: 'choose' });
    },
  };
}
