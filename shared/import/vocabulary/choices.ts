/**
 * Words for the closed vocabularies a spreadsheet writes in its own language: sectors, kitchen
 * types, kinds of organisation, yes and no, countries. Normalised like headers (lower case, words
 * separated by one space). A cell is also read when it is the value's own code (`elderly_care`).
 */
import type { KitchenKind, OrganisationKind, Sector } from '../../model/enums';

export const SECTOR_WORDS: Record<Sector, readonly string[]> = {
  school: ['skola', 'grundskola', 'gymnasium', 'gymnasieskola', 'skolor', 'skolmat', 'skole', 'folkeskole', 'koulu', 'peruskoulu', 'lukio', 'kouluruokailu', 'school', 'schools'],
  preschool: ['förskola', 'förskolor', 'dagis', 'børnehave', 'daginstitution', 'vuggestue', 'dagtilbud', 'päiväkoti', 'varhaiskasvatus', 'päiväkodit', 'preschool', 'kindergarten', 'nursery', 'day care', 'daycare'],
  elderly_care: ['äldreboende', 'äldreomsorg', 'särskilt boende', 'vård och omsorgsboende', 'plejehjem', 'ældrepleje', 'plejecenter', 'vanhustenhuolto', 'hoivakoti', 'palvelutalo', 'vanhainkoti', 'elderly care', 'care home', 'nursing home'],
  home_meals: ['hemtjänst', 'matdistribution', 'matlåda', 'matlådor', 'madservice', 'mad ud af huset', 'hjemmepleje', 'kotiateria', 'kotiateriat', 'ateriapalvelu', 'kotipalvelu', 'home meals', 'meals on wheels', 'home care'],
  hospital: ['sjukhus', 'sjukvård', 'sygehus', 'hospital', 'sairaala', 'terveyskeskus', 'hospitals'],
  other: ['övrigt', 'annat', 'övriga', 'andet', 'øvrigt', 'muu', 'muut', 'other'],
};

export const KITCHEN_KIND_WORDS: Record<KitchenKind, readonly string[]> = {
  production: ['tillagningskök', 'tillagning', 'produktionskök', 'centralkök', 'produktionskøkken', 'produktion', 'centralkøkken', 'valmistuskeittiö', 'valmistus', 'keskuskeittiö', 'production', 'production kitchen', 'cooking kitchen', 'central kitchen'],
  receiving: ['mottagningskök', 'mottagning', 'modtagekøkken', 'modtagerkøkken', 'modtagelse', 'jakelukeittiö', 'vastaanottokeittiö', 'jakelu', 'receiving', 'receiving kitchen', 'satellite kitchen'],
  serving: ['serveringskök', 'servering', 'anretterkøkken', 'anretning', 'servering', 'palvelukeittiö', 'tarjoilukeittiö', 'tarjoilu', 'serving', 'serving kitchen'],
};

export const ORGANISATION_KIND_WORDS: Record<OrganisationKind, readonly string[]> = {
  municipality: ['kommun', 'stad', 'kommune', 'kunta', 'kaupunki', 'municipality', 'city', 'town'],
  region: ['region', 'landsting', 'regionen', 'hyvinvointialue', 'maakunta', 'sairaanhoitopiiri', 'county', 'wellbeing services county'],
};

export const YES_WORDS: readonly string[] = ['ja', 'j', 'yes', 'y', 'kyllä', 'k', 'x', '1', 'true', 'sant', 'sand', 'eko', 'ekologisk', 'ekologiskt', 'krav', 'krav märkt', 'eu ekologisk', 'øko', 'økologisk', 'ø', 'luomu', 'luomua', 'organic', 'bio'];
export const NO_WORDS: readonly string[] = ['nej', 'n', 'no', 'ei', 'e', '0', 'false', 'falskt', 'falsk', '', 'konventionell', 'konventionel', 'tavanomainen', 'conventional', 'ej eko', 'ikke øko', 'ei luomu'];

/** Country names and codes as exports write them, to ISO 3166 alpha-2. */
export const COUNTRY_WORDS: Record<string, string> = {
  sverige: 'SE', sweden: 'SE', ruotsi: 'SE', swe: 'SE',
  danmark: 'DK', denmark: 'DK', tanska: 'DK', dnk: 'DK',
  suomi: 'FI', finland: 'FI', fin: 'FI',
  norge: 'NO', norway: 'NO', norja: 'NO', nor: 'NO',
  tyskland: 'DE', germany: 'DE', saksa: 'DE', deu: 'DE',
  nederländerna: 'NL', holland: 'NL', nederlandene: 'NL', alankomaat: 'NL', netherlands: 'NL',
  polen: 'PL', poland: 'PL', puola: 'PL',
  spanien: 'ES', spain: 'ES', espanja: 'ES',
  italien: 'IT', italy: 'IT', italia: 'IT',
  frankrike: 'FR', frankrig: 'FR', france: 'FR', ranska: 'FR',
  estland: 'EE', estonia: 'EE', viro: 'EE',
  litauen: 'LT', lithuania: 'LT', liettua: 'LT',
  lettland: 'LV', letland: 'LV', latvia: 'LV',
  irland: 'IE', ireland: 'IE', irlanti: 'IE',
  belgien: 'BE', belgium: 'BE', belgia: 'BE',
  brasilien: 'BR', brazil: 'BR', brasilia: 'BR',
  thailand: 'TH', thaimaa: 'TH',
  kina: 'CN', china: 'CN',
};
