/**
 * Header names that announce each field, in Swedish, Danish, Finnish and English, and as common
 * e-procurement and invoice exports name their columns (Visma Proceedo, Inköpsportalen-like
 * exports, Tietoevry and Basware invoice lines, Danish Indkøbsportal/Ehandel exports). Written
 * already normalised (fields.ts `normaliseHeader`): lower case, words separated by one space.
 * Longer names win over shorter ones when several match, so "belopp exkl moms" beats "belopp".
 */
import type { FieldId, ImportTarget } from '../fields';

type Words = Partial<Record<FieldId, readonly string[]>>;

const SUPPLIER = ['leverantör', 'leverantörsnamn', 'leverantör namn', 'säljare', 'leverandør', 'leverandørnavn', 'leverandør navn', 'toimittaja', 'toimittajan nimi', 'myyjä', 'supplier', 'supplier name', 'vendor', 'vendor name'];
const ORGANISATION = ['organisation', 'kommun', 'huvudman', 'förvaltning', 'kommune', 'myndighed', 'kunta', 'organisaatio', 'hyvinvointialue', 'municipality', 'organization', 'authority'];
const CATEGORY = ['kategori', 'livsmedelskategori', 'varugrupp', 'varuområde', 'produktgrupp', 'varegruppe', 'fødevarekategori', 'kategoria', 'tuoteryhmä', 'elintarvikeryhmä', 'category', 'food category', 'product group', 'commodity group'];
const ORIGIN = ['ursprung', 'ursprungsland', 'odlingsland', 'ursprungsregion', 'härkomst', 'oprindelse', 'oprindelsesland', 'alkuperä', 'alkuperämaa', 'origin', 'country of origin', 'origin country', 'grown in'];
const ORGANIC = ['eko', 'ekologisk', 'ekologiskt', 'krav', 'ekomärkt', 'øko', 'økologisk', 'luomu', 'luomutuote', 'organic', 'eco'];
const LATITUDE = ['lat', 'latitud', 'breddgrad', 'breddegrad', 'leveysaste', 'latitude'];
const LONGITUDE = ['lon', 'long', 'lng', 'longitud', 'längdgrad', 'længdegrad', 'pituusaste', 'longitude'];
const REGION_CODE = ['länskod', 'län', 'regionkod', 'region kod', 'regionskode', 'region', 'maakunta', 'maakuntakoodi', 'maakunnan koodi', 'region code', 'county code', 'county'];
const MUNICIPALITY_CODE = ['kommunkod', 'kommun kod', 'kommunekode', 'kommune kode', 'kuntanumero', 'kuntakoodi', 'kunnan numero', 'municipality code'];

export const HEADER_WORDS: Record<ImportTarget, Words> = {
  purchases: {
    date: ['datum', 'fakturadatum', 'leveransdatum', 'orderdatum', 'bokföringsdatum', 'verifikationsdatum', 'dato', 'fakturadato', 'leveringsdato', 'ordredato', 'bogføringsdato', 'päivämäärä', 'pvm', 'laskun päivämäärä', 'laskupäivä', 'toimituspäivä', 'kirjauspäivä', 'date', 'invoice date', 'delivery date', 'order date', 'posting date'],
    buyer: ['köpare', 'beställare', 'kund', 'kundnamn', 'förvaltning', 'kommun', 'organisation', 'myndighet', 'køber', 'kunde', 'kundenavn', 'kommune', 'forvaltning', 'ostaja', 'asiakas', 'tilaaja', 'kunta', 'organisaatio', 'buyer', 'customer', 'customer name', 'organisation', 'organization', 'municipality'],
    costCentre: ['kostnadsställe', 'kostnadsställe namn', 'kostnadsställenamn', 'ansvar', 'ansvarsenhet', 'kök', 'köksnamn', 'leveransadress', 'leveransställe', 'mottagare', 'omkostningssted', 'omkostningssted navn', 'køkken', 'afdeling', 'leveringsadresse', 'modtager', 'kustannuspaikka', 'kustannuspaikan nimi', 'keittiö', 'toimipiste', 'toimitusosoite', 'vastaanottaja', 'cost centre', 'cost center', 'kitchen', 'department', 'delivery address', 'ship to'],
    supplier: SUPPLIER,
    product: ['artikel', 'artikelnamn', 'artikelbenämning', 'artikel benämning', 'benämning', 'produkt', 'produktnamn', 'vara', 'varunamn', 'varubeskrivning', 'beskrivning', 'radtext', 'vare', 'varenavn', 'varebeskrivelse', 'produktnavn', 'beskrivelse', 'tekst', 'tuote', 'tuotenimi', 'tuotteen nimi', 'nimike', 'kuvaus', 'rivin teksti', 'product', 'product name', 'item', 'item name', 'item description', 'description', 'article', 'line text'],
    category: CATEGORY,
    quantity: ['antal', 'kvantitet', 'mängd', 'levererat antal', 'fakturerat antal', 'mængde', 'leveret antal', 'määrä', 'toimitettu määrä', 'laskutettu määrä', 'kpl', 'quantity', 'qty', 'volume', 'delivered quantity', 'invoiced quantity'],
    unit: ['enhet', 'måttenhet', 'jämförenhet', 'antal enhet', 'enhed', 'måleenhed', 'yksikkö', 'mittayksikkö', 'määräyksikkö', 'unit', 'uom', 'unit of measure', 'quantity unit'],
    amount: ['belopp', 'belopp exkl moms', 'nettobelopp', 'radbelopp', 'summa', 'totalt', 'totalbelopp', 'kostnad', 'värde', 'beløb', 'beløb ekskl moms', 'nettobeløb', 'linjebeløb', 'pris i alt', 'i alt', 'summa', 'yhteensä', 'rivin summa', 'veroton summa', 'summa alv 0', 'nettosumma', 'arvo', 'amount', 'net amount', 'line amount', 'line total', 'total', 'value', 'spend', 'amount excl vat'],
    organic: ORGANIC,
    origin: ORIGIN,
  },
  kitchens: {
    name: ['namn', 'kök', 'köksnamn', 'kök namn', 'enhet', 'enhetsnamn', 'verksamhetsställe', 'navn', 'køkken', 'køkkennavn', 'enhed', 'nimi', 'keittiö', 'keittiön nimi', 'yksikkö', 'toimipiste', 'name', 'kitchen', 'kitchen name', 'unit'],
    organisation: ORGANISATION,
    sector: ['verksamhet', 'verksamhetsområde', 'verksamhetstyp', 'sektor', 'målgrupp', 'virksomhed', 'institutionstype', 'toimiala', 'sektori', 'palvelu', 'kohderyhmä', 'sector', 'service', 'type of service'],
    kitchenKind: ['kökstyp', 'typ', 'typ av kök', 'køkkentype', 'type', 'keittiötyyppi', 'keittiön tyyppi', 'tyyppi', 'kitchen type', 'kind'],
    breakfast: ['frukost', 'frukostar', 'antal frukost', 'morgenmad', 'morgenmåltider', 'aamiainen', 'aamiaiset', 'breakfast', 'breakfasts'],
    lunch: ['lunch', 'luncher', 'antal lunch', 'antal luncher', 'portioner', 'frokost', 'frokoster', 'lounas', 'lounaat', 'annokset', 'lunches', 'portions'],
    dinner: ['middag', 'middagar', 'kvällsmat', 'aftensmad', 'middage', 'päivällinen', 'päivälliset', 'illallinen', 'dinner', 'dinners', 'supper'],
    snack: ['mellanmål', 'mellemmåltid', 'mellemmåltider', 'välipala', 'välipalat', 'snack', 'snacks'],
    attendance: ['närvaro', 'närvarograd', 'deltagande', 'fremmøde', 'fremmødeprocent', 'deltagelse', 'läsnäolo', 'läsnäoloaste', 'osallistumisaste', 'attendance', 'attendance rate'],
    serviceDays: ['serveringsdagar', 'måltidsdagar', 'dagar', 'antal dagar', 'serveringsdage', 'dage', 'antal dage', 'ateriapäivät', 'päivät', 'tarjoilupäivät', 'service days', 'days'],
    latitude: LATITUDE,
    longitude: LONGITUDE,
  },
  organisations: {
    name: ['namn', 'organisation', 'kommun', 'kommunnamn', 'navn', 'kommune', 'kommunenavn', 'nimi', 'kunta', 'kunnan nimi', 'organisaatio', 'name', 'municipality', 'organisation', 'organization'],
    organisationKind: ['typ', 'slag', 'organisationstyp', 'type', 'tyyppi', 'kind'],
    code: ['kommunkod', 'kod', 'organisationsnummer', 'kommunekode', 'kode', 'kuntanumero', 'kuntakoodi', 'koodi', 'code', 'municipality code'],
    regionCode: REGION_CODE,
    population: ['invånare', 'invånarantal', 'befolkning', 'folkmängd', 'indbyggere', 'indbyggertal', 'folketal', 'asukasluku', 'asukkaat', 'väkiluku', 'population', 'inhabitants'],
    latitude: LATITUDE,
    longitude: LONGITUDE,
  },
  suppliers: {
    name: ['namn', 'leverantör', 'leverantörsnamn', 'navn', 'leverandør', 'leverandørnavn', 'nimi', 'toimittaja', 'toimittajan nimi', 'name', 'supplier', 'supplier name', 'vendor'],
    country: ['land', 'maa', 'country'],
    municipalityCode: MUNICIPALITY_CODE,
    regionCode: REGION_CODE,
    distanceKm: ['avstånd', 'leveransavstånd', 'avstånd km', 'afstand', 'leveringsafstand', 'etäisyys', 'toimitusmatka', 'distance', 'delivery distance'],
    latitude: LATITUDE,
    longitude: LONGITUDE,
  },
  offers: {
    supplier: SUPPLIER,
    category: CATEGORY,
    pricePerKg: ['pris per kg', 'kilopris', 'pris kr kg', 'kr kg', 'pris', 'jämförpris', 'pris pr kg', 'kilopris', 'kr pr kg', 'kilohinta', 'hinta per kg', 'hinta kg', 'hinta', 'euroa kg', 'price per kg', 'price kg', 'price'],
    priceYear: ['prisår', 'år', 'prisår', 'hintavuosi', 'vuosi', 'price year', 'year'],
    organic: ORGANIC,
    capacityKg: ['kapacitet', 'kapacitet kg', 'maxvolym', 'kapacitet kg år', 'kapasitet', 'maksimal mængde', 'kapasiteetti', 'enimmäismäärä', 'capacity', 'capacity kg'],
    minVolumeKg: ['minsta volym', 'minimivolym', 'minsta mängd', 'minimumsmængde', 'mindste mængde', 'vähimmäismäärä', 'minimum volume', 'min volume'],
    origin: ORIGIN,
    candidate: ['kandidat', 'ej kontrakterad', 'ehdokas', 'candidate'],
  },
  budgets: {
    organisation: ORGANISATION,
    year: ['år', 'budgetår', 'vuosi', 'budjettivuosi', 'year', 'budget year'],
    budget: ['budget', 'belopp', 'livsmedelsbudget', 'budgetbelopp', 'beløb', 'budjetti', 'määräraha', 'summa', 'amount', 'food budget'],
  },
  contracts: {
    name: ['avtal', 'avtalsnamn', 'avtalsnummer', 'namn', 'aftale', 'aftalenavn', 'kontrakt', 'navn', 'sopimus', 'sopimuksen nimi', 'nimi', 'contract', 'contract name', 'name'],
    supplier: SUPPLIER,
    buyers: ['köpare', 'beställare', 'avropsberättigade', 'kommuner', 'organisationer', 'købere', 'kommuner', 'ordregivere', 'tilaajat', 'ostajat', 'kunnat', 'buyers', 'organisations', 'organizations', 'members'],
    categories: ['kategorier', 'varugrupper', 'anbudsområden', 'delområden', 'kategori', 'varegrupper', 'delaftaler', 'tuoteryhmät', 'osa alueet', 'kategoriat', 'categories', 'lots', 'category'],
    start: ['start', 'startdatum', 'avtalsstart', 'från', 'startdato', 'fra', 'alkaa', 'alkupäivä', 'voimassa alkaen', 'start date', 'from'],
    end: ['slut', 'slutdatum', 'avtalsslut', 'till', 'slutdato', 'udløb', 'til', 'päättyy', 'loppupäivä', 'voimassa asti', 'end', 'end date', 'to', 'expires'],
    extensionMonths: ['förlängning', 'förlängning månader', 'option', 'optioner', 'forlængelse', 'forlængelse måneder', 'optio', 'jatko', 'jatko kuukautta', 'extension', 'extension months', 'options'],
    leadTimeMonths: ['upphandlingstid', 'ledtid', 'ledtid månader', 'udbudstid', 'kilpailutusaika', 'lead time', 'lead time months'],
    joinBy: ['anslut senast', 'anslutning senast', 'tilslutning senest', 'liittyminen viimeistään', 'join by'],
  },
};
