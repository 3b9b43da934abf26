/**
 * Labels of the desktop shell's native menu and dialogs, in the four UI languages.
 *
 * They live here rather than in the renderer's i18next resources because the main process
 * builds the menu before any page exists, and it must not load renderer code. The type below
 * makes a missing label in any language a compile error; a unit test checks none is empty.
 */
import type { Language } from '../model/enums';

export interface MenuLabels {
  file: string;
  newPlan: string;
  openPlan: string;
  savePlanAs: string;
  exportReport: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  toggleFullScreen: string;
  toggleDevTools: string;
  window: string;
  minimize: string;
  help: string;
  guidedTour: string;
  about: string;
  /** macOS application menu. */
  services: string;
  hide: string;
  hideOthers: string;
  showAll: string;
  /** Native dialogs. */
  saveDialogTitle: string;
  openDialogTitle: string;
  exportPdfDialogTitle: string;
  pdfDocument: string;
  allFiles: string;
}

export const MENU_LABELS: Readonly<Record<Language, Readonly<MenuLabels>>> = {
  sv: {
    file: 'Arkiv',
    newPlan: 'Ny plan',
    openPlan: 'Öppna plan…',
    savePlanAs: 'Spara plan som…',
    exportReport: 'Exportera rapport…',
    quit: 'Avsluta Måltid',
    edit: 'Redigera',
    undo: 'Ångra',
    redo: 'Gör om',
    cut: 'Klipp ut',
    copy: 'Kopiera',
    paste: 'Klistra in',
    selectAll: 'Markera allt',
    view: 'Visa',
    zoomIn: 'Zooma in',
    zoomOut: 'Zooma ut',
    resetZoom: 'Faktisk storlek',
    toggleFullScreen: 'Helskärm',
    toggleDevTools: 'Utvecklarverktyg',
    window: 'Fönster',
    minimize: 'Minimera',
    help: 'Hjälp',
    guidedTour: 'Guidad visning',
    about: 'Om Måltid',
    services: 'Tjänster',
    hide: 'Göm Måltid',
    hideOthers: 'Göm övriga',
    showAll: 'Visa alla',
    saveDialogTitle: 'Spara',
    openDialogTitle: 'Öppna',
    exportPdfDialogTitle: 'Exportera rapport som PDF',
    pdfDocument: 'PDF-dokument',
    allFiles: 'Alla filer',
  },
  da: {
    file: 'Filer',
    newPlan: 'Ny plan',
    openPlan: 'Åbn plan…',
    savePlanAs: 'Gem plan som…',
    exportReport: 'Eksportér rapport…',
    quit: 'Afslut Måltid',
    edit: 'Rediger',
    undo: 'Fortryd',
    redo: 'Gentag',
    cut: 'Klip',
    copy: 'Kopiér',
    paste: 'Indsæt',
    selectAll: 'Vælg alt',
    view: 'Vis',
    zoomIn: 'Zoom ind',
    zoomOut: 'Zoom ud',
    resetZoom: 'Faktisk størrelse',
    toggleFullScreen: 'Fuld skærm',
    toggleDevTools: 'Udviklerværktøjer',
    window: 'Vindue',
    minimize: 'Minimer',
    help: 'Hjælp',
    guidedTour: 'Guidet rundvisning',
    about: 'Om Måltid',
    services: 'Tjenester',
    hide: 'Skjul Måltid',
    hideOthers: 'Skjul andre',
    showAll: 'Vis alle',
    saveDialogTitle: 'Gem',
    openDialogTitle: 'Åbn',
    exportPdfDialogTitle: 'Eksportér rapport som PDF',
    pdfDocument: 'PDF-dokument',
    allFiles: 'Alle filer',
  },
  fi: {
    file: 'Tiedosto',
    newPlan: 'Uusi suunnitelma',
    openPlan: 'Avaa suunnitelma…',
    savePlanAs: 'Tallenna suunnitelma nimellä…',
    exportReport: 'Vie raportti…',
    quit: 'Lopeta Måltid',
    edit: 'Muokkaa',
    undo: 'Kumoa',
    redo: 'Tee uudelleen',
    cut: 'Leikkaa',
    copy: 'Kopioi',
    paste: 'Liitä',
    selectAll: 'Valitse kaikki',
    view: 'Näytä',
    zoomIn: 'Lähennä',
    zoomOut: 'Loitonna',
    resetZoom: 'Todellinen koko',
    toggleFullScreen: 'Koko näyttö',
    toggleDevTools: 'Kehittäjätyökalut',
    window: 'Ikkuna',
    minimize: 'Pienennä',
    help: 'Ohje',
    guidedTour: 'Esittelykierros',
    about: 'Tietoja Måltidista',
    services: 'Palvelut',
    hide: 'Kätke Måltid',
    hideOthers: 'Kätke muut',
    showAll: 'Näytä kaikki',
    saveDialogTitle: 'Tallenna',
    openDialogTitle: 'Avaa',
    exportPdfDialogTitle: 'Vie raportti PDF-tiedostona',
    pdfDocument: 'PDF-asiakirja',
    allFiles: 'Kaikki tiedostot',
  },
  en: {
    file: 'File',
    newPlan: 'New plan',
    openPlan: 'Open plan…',
    savePlanAs: 'Save plan as…',
    exportReport: 'Export report…',
    quit: 'Quit Måltid',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    toggleFullScreen: 'Full screen',
    toggleDevTools: 'Developer tools',
    window: 'Window',
    minimize: 'Minimise',
    help: 'Help',
    guidedTour: 'Guided tour',
    about: 'About Måltid',
    services: 'Services',
    hide: 'Hide Måltid',
    hideOthers: 'Hide others',
    showAll: 'Show all',
    saveDialogTitle: 'Save',
    openDialogTitle: 'Open',
    exportPdfDialogTitle: 'Export report as PDF',
    pdfDocument: 'PDF document',
    allFiles: 'All files',
  },
};

/** The menu language for an OS/Chromium locale such as `sv-SE` or `fi`: sv, da or fi, else en. */
export function menuLanguageFromLocale(locale: string): Language {
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  return primary === 'sv' || primary === 'da' || primary === 'fi' ? primary : 'en';
}
