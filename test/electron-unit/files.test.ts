import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MAX_IPC_FILE_BYTES } from '../../shared/ipc-contract';
import { MENU_LABELS } from '../../shared/i18n/menu';
import { sanitizeFileName, withExtension } from '../../electron/main/file-names';
import { openFile, saveFile, type FileContext, type FileSystemPort } from '../../electron/main/files';
import { PDF_OPTIONS, printToPdf } from '../../electron/main/print';

function fakePort(overrides: Partial<FileSystemPort> = {}) {
  return {
    showSaveDialog: vi.fn((_r: Parameters<FileSystemPort['showSaveDialog']>[0]) => Promise.resolve<string | null>('/home/u/Dokument/out.pdf')),
    showOpenDialog: vi.fn((_r: Parameters<FileSystemPort['showOpenDialog']>[0]) => Promise.resolve<string | null>('/home/u/plan.maltid')),
    writeFile: vi.fn((_p: string, _d: Uint8Array) => Promise.resolve()),
    fileSize: vi.fn((_p: string) => Promise.resolve(3)),
    readFile: vi.fn((_p: string) => Promise.resolve(new Uint8Array([1, 2, 3]))),
    ...overrides,
  };
}

function context(port: FileSystemPort): FileContext {
  return { port, defaultFolder: '/home/u/Dokument', labels: MENU_LABELS.sv };
}

describe('file names from the page', () => {
  it.each([
    ['Rapport 2026', 'Rapport 2026'],
    ['../../.bashrc', '_.._.bashrc'],
    ['..', 'maltid'],
    ['a/b\\c', 'a_b_c'],
    ['C:\\Windows\\evil.exe', 'C__Windows_evil.exe'],
    ['report\0.pdf', 'report_.pdf'],
    ['name<>:"|?*', 'name_______'],
    ['  .hidden  ', 'hidden'],
    ['trailing. . ', 'trailing'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['', 'maltid'],
    ['Kök och måltider', 'Kök och måltider'],
  ])('%j becomes %j', (raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected);
  });

  it('shortens very long names and keeps the extension', () => {
    const name = sanitizeFileName('x'.repeat(400) + '.xlsx');
    expect(name.length).toBeLessThanOrEqual(180);
    expect(name.endsWith('.xlsx')).toBe(true);
  });

  it('adds the first extension when none of the allowed ones is there', () => {
    expect(withExtension('plan', ['maltid'])).toBe('plan.maltid');
    expect(withExtension('plan.MALTID', ['maltid'])).toBe('plan.MALTID');
    expect(withExtension('data.csv', ['xlsx', 'csv'])).toBe('data.csv');
    expect(withExtension('data', ['*'])).toBe('data');
  });
});

describe('save dialog', () => {
  const request = { suggestedName: '../Budget 2026', filters: [{ name: 'Excel', extensions: ['xlsx'] }], data: new Uint8Array([7]) };

  it('suggests a clean name in Documents, translated title, plus an "All files" filter', async () => {
    const port = fakePort({ showSaveDialog: vi.fn(() => Promise.resolve(null)) });
    await saveFile(request, context(port));
    expect(port.showSaveDialog).toHaveBeenCalledWith({
      title: 'Spara',
      defaultPath: join('/home/u/Dokument', '_Budget 2026.xlsx'),
      filters: [{ name: 'Excel', extensions: ['xlsx'] }, { name: 'Alla filer', extensions: ['*'] }],
    });
  });

  it('returns null and writes nothing when the user cancels', async () => {
    const port = fakePort({ showSaveDialog: vi.fn(() => Promise.resolve(null)) });
    expect(await saveFile(request, context(port))).toEqual({ ok: true, value: null });
    expect(port.writeFile).not.toHaveBeenCalled();
  });

  it('writes the bytes where the user chose, adding a missing extension, and returns only the base name', async () => {
    const port = fakePort({ showSaveDialog: vi.fn(() => Promise.resolve('/tmp/out/budget')) });
    expect(await saveFile(request, context(port))).toEqual({ ok: true, value: { fileName: 'budget.xlsx' } });
    expect(port.writeFile).toHaveBeenCalledWith('/tmp/out/budget.xlsx', request.data);
  });

  it('reports a failed write as writeFailed', async () => {
    const port = fakePort({ writeFile: vi.fn(() => Promise.reject(new Error('EACCES'))) });
    expect(await saveFile(request, context(port))).toEqual({ ok: false, error: 'writeFailed' });
  });
});

describe('open dialog', () => {
  it('returns the chosen file name and bytes', async () => {
    const port = fakePort();
    expect(await openFile({ filters: [] }, context(port))).toEqual({ ok: true, value: { name: 'plan.maltid', data: new Uint8Array([1, 2, 3]) } });
  });

  it('returns null when cancelled', async () => {
    const port = fakePort({ showOpenDialog: vi.fn(() => Promise.resolve(null)) });
    expect(await openFile({ filters: [] }, context(port))).toEqual({ ok: true, value: null });
  });

  it(`refuses files over ${MAX_IPC_FILE_BYTES} bytes without reading them`, async () => {
    const port = fakePort({ fileSize: vi.fn(() => Promise.resolve(MAX_IPC_FILE_BYTES + 1)) });
    expect(await openFile({ filters: [] }, context(port))).toEqual({ ok: false, error: 'tooLarge' });
    expect(port.readFile).not.toHaveBeenCalled();
  });

  it('reports an unreadable file as readFailed', async () => {
    const port = fakePort({ readFile: vi.fn(() => Promise.reject(new Error('EISDIR'))) });
    expect(await openFile({ filters: [] }, context(port))).toEqual({ ok: false, error: 'readFailed' });
  });
});

describe('report to PDF', () => {
  const pdf = new Uint8Array([37, 80, 68, 70]);

  it('prints A4 with backgrounds, the page set by the report’s CSS, and saves the PDF where the user chose', async () => {
    const port = fakePort({ showSaveDialog: vi.fn(() => Promise.resolve('/home/u/Rapport')) });
    const page = { printToPDF: vi.fn(() => Promise.resolve(pdf)) };
    expect(await printToPdf(page, { suggestedName: 'Rapport' }, context(port))).toEqual({ ok: true, value: { fileName: 'Rapport.pdf' } });
    expect(port.showSaveDialog).toHaveBeenCalledWith({
      title: 'Exportera rapport som PDF',
      defaultPath: join('/home/u/Dokument', 'Rapport.pdf'),
      filters: [{ name: 'PDF-dokument', extensions: ['pdf'] }],
    });
    expect(page.printToPDF).toHaveBeenCalledWith(PDF_OPTIONS);
    // Page numbers and the running header come from the report's print CSS, in its language.
    expect(PDF_OPTIONS).toMatchObject({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
    expect(port.writeFile).toHaveBeenCalledWith('/home/u/Rapport.pdf', pdf);
  });

  it('does not print at all when the user cancels', async () => {
    const port = fakePort({ showSaveDialog: vi.fn(() => Promise.resolve(null)) });
    const page = { printToPDF: vi.fn(() => Promise.resolve(pdf)) };
    expect(await printToPdf(page, { suggestedName: 'r' }, context(port))).toEqual({ ok: true, value: null });
    expect(page.printToPDF).not.toHaveBeenCalled();
  });

  it('reports a print failure as printFailed and a write failure as writeFailed', async () => {
    const failingPage = { printToPDF: vi.fn(() => Promise.reject(new Error('renderer gone'))) };
    expect(await printToPdf(failingPage, { suggestedName: 'r' }, context(fakePort()))).toEqual({ ok: false, error: 'printFailed' });
    const port = fakePort({ writeFile: vi.fn(() => Promise.reject(new Error('ENOSPC'))) });
    const page = { printToPDF: vi.fn(() => Promise.resolve(pdf)) };
    expect(await printToPdf(page, { suggestedName: 'r' }, context(port))).toEqual({ ok: false, error: 'writeFailed' });
  });
});
