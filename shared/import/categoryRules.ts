/**
 * Product texts to food categories. Invoice lines name products ("Mellanmjölk 1,5% 1 l",
 * "Kylling bryst frost", "Luomu porkkana"), not planning categories: a rule says that a text
 * containing a keyword belongs to a category. The longest matching keyword wins, so that
 * "kokosmjölk" (other) beats "mjölk" (milk) and "kålrot" (roots) beats "kål" (vegetables).
 * Keywords match anywhere in the text because Nordic languages write compounds ("lättmjölk",
 * "nötfärs", "kycklingfilé").
 *
 * The seed rules below cover the 13 default categories in Swedish, Danish, Finnish and English.
 * They are a start, not a truth: the user edits them per plan, and every product text that no rule
 * matches is listed with how many lines and how much money it has.
 */

export interface CategoryRule {
  /** Lower-case text the product text must contain. */
  keyword: string;
  categoryId: string;
}

const seed: Record<string, string[]> = {
  red_meat: [
    'nötkött', 'nötfärs', 'nöt ', 'oxfilé', 'högrev', 'fläsk', 'fläskfilé', 'skinka', 'bacon', 'korv', 'falukorv', 'lamm', 'kalv', 'färs', 'blandfärs', 'kassler', 'gris', 'renskav', 'älg', 'vilt',
    'oksekød', 'okse', 'hakket', 'svinekød', 'svin', 'flæsk', 'skinke', 'pølse', 'lammekød', 'kalvekød', 'frikadelle',
    'naudan', 'nauta', 'jauheliha', 'sian', 'possu', 'porsas', 'kinkku', 'pekoni', 'makkara', 'lammas', 'vasikka', 'poro', 'nakki',
    'beef', 'pork', 'ham', 'sausage', 'lamb', 'veal', 'mince', 'reindeer', 'salami',
  ],
  poultry: ['kyckling', 'kalkon', 'höns', 'fågel', 'anka', 'kylling', 'kalkun', 'høne', 'fjerkræ', 'and ', 'kana', 'broileri', 'kalkkuna', 'chicken', 'turkey', 'poultry', 'duck'],
  fish: [
    'fisk', 'fiskfärs', 'lax', 'torsk', 'sej', 'sill', 'strömming', 'makrill', 'tonfisk', 'räkor', 'skaldjur', 'kolja', 'ostron', 'musslor',
    'laks', 'sild', 'makrel', 'tun ', 'tunfisk', 'rejer', 'rødspætte', 'fiskefars', 'muslinger',
    'kala', 'lohi', 'turska', 'silakka', 'silli', 'muikku', 'katkarapu', 'seiti', 'tonnikala', 'kirjolohi',
    'fish', 'salmon', 'cod', 'herring', 'mackerel', 'tuna', 'shrimp', 'prawn', 'pollock',
  ],
  milk: [
    'mjölk', 'mellanmjölk', 'lättmjölk', 'standardmjölk', 'filmjölk', 'laktosfri mjölk',
    'mælk', 'letmælk', 'sødmælk', 'minimælk', 'skummetmælk', 'kærnemælk',
    'maito', 'kevytmaito', 'rasvaton maito', 'täysmaito', 'piimä',
    'milk', 'buttermilk',
  ],
  other_dairy: [
    ' ost ', 'hushållsost', 'prästost', 'grevéost', 'herrgårdsost', 'riven ost', 'mjukost', 'färskost', 'fetaost', 'smältost', 'cheddar', 'mozzarella', 'parmesan', 'halloumi', 'grädde', 'vispgrädde', 'matlagningsgrädde', 'yoghurt', 'smör', 'crème fraiche', 'creme fraiche', 'gräddfil', 'kvarg', 'keso', 'kesella',
    'fløde', 'piskefløde', 'flødeost', 'skæreost', 'revet ost', 'smør', 'skyr', 'hytteost', 'ymer',
    'juusto', 'kerma', 'kuohukerma', 'ruokakerma', 'jogurtti', 'voi ', 'rahka', 'raejuusto', 'smetana', 'viili',
    'cheese', 'cream', 'yogurt', 'butter', 'quark',
  ],
  eggs: ['ägg', 'æg', 'kananmuna', 'muna', 'munat', 'egg', 'eggs'],
  vegetables: [
    'grönsak', 'tomat', 'gurka', 'sallad', 'lök', 'kål', 'vitkål', 'broccoli', 'blomkål', 'paprika', 'spenat', 'majs', 'zucchini', 'purjolök', 'ärtor', 'gröna ärtor', 'haricots verts', 'svamp', 'champinjon',
    'grøntsag', 'agurk', 'salat', 'løg', 'spinat', 'porre', 'ærter', 'svampe',
    'vihannes', 'tomaatti', 'kurkku', 'salaatti', 'sipuli', 'kaali', 'parsakaali', 'kukkakaali', 'pinaatti', 'maissi', 'herne', 'sieni', 'kesäkurpitsa', 'munakoiso',
    'vegetable', 'tomato', 'cucumber', 'lettuce', 'onion', 'cabbage', 'spinach', 'sweetcorn', 'green peas', 'mushroom', 'eggplant', 'aubergine',
  ],
  potatoes_roots: [
    'potatis', 'morot', 'morötter', 'rotfrukt', 'palsternacka', 'kålrot', 'rödbeta', 'rotselleri', 'pommes',
    'kartoffel', 'kartofler', 'gulerod', 'gulerødder', 'rodfrugt', 'pastinak', 'rødbede', 'knoldselleri',
    'peruna', 'porkkana', 'juures', 'lanttu', 'punajuuri', 'palsternakka', 'nauris',
    'potato', 'carrot', 'root vegetable', 'parsnip', 'beetroot', 'swede', 'fries',
  ],
  fruit_berries: [
    'frukt', 'äpple', 'banan', 'apelsin', 'päron', 'bär', 'lingon', 'blåbär', 'jordgubb', 'hallon', 'citron', 'melon', 'vindruv', 'kiwi', 'mandarin', 'clementin',
    'frugt', 'æble', 'appelsin', 'pære', 'bær', 'jordbær', 'hindbær', 'blåbær', 'vindruer',
    'hedelmä', 'omena', 'banaani', 'appelsiini', 'päärynä', 'marja', 'mustikka', 'puolukka', 'mansikka', 'vadelma', 'sitruuna', 'meloni', 'viinirypäle', 'klementiini',
    'fruit', 'apple', 'banana', 'orange', 'pear', 'berry', 'berries', 'strawberr', 'raspberr', 'lemon', 'grape',
  ],
  bread: ['bröd', 'limpa', 'fralla', 'frallor', 'knäckebröd', 'baguette', 'tunnbröd', 'brød', 'rugbrød', 'franskbrød', 'boller', 'knækbrød', 'leipä', 'ruisleipä', 'sämpylä', 'patonki', 'näkkileipä', 'bread', 'rolls', 'crispbread'],
  grains: [
    'pasta', 'makaron', 'spaghetti', 'penne', 'ris', 'gryn', 'mjöl', 'vetemjöl', 'havregryn', 'bulgur', 'couscous', 'matvete', 'müsli', 'flingor', 'nudlar', 'gröt',
    'hvedemel', 'mel', 'havregryn', 'nudler', 'grød',
    'riisi', 'jauho', 'vehnäjauho', 'kaurahiutale', 'hiutale', 'puuro', 'ohra', 'ohrasuurimo', 'makaroni', 'nuudeli', 'mysli',
    'rice', 'flour', 'oats', 'oatmeal', 'grain', 'cereal', 'macaroni', 'noodle', 'porridge',
  ],
  legumes: ['bönor', 'linser', 'kikärtor', 'gula ärtor', 'sojabönor', 'bønner', 'linser', 'kikærter', 'pavut', 'papu', 'linssi', 'kikherne', 'beans', 'lentils', 'chickpea', 'soybean'],
  other: [
    'olja', 'rapsolja', 'olivolja', 'margarin', 'socker', 'salt', 'krydda', 'kryddor', 'peppar', 'sås', 'ketchup', 'senap', 'buljong', 'fond', 'majonnäs', 'kokosmjölk', 'havredryck', 'havremjölk', 'mandeldryck', 'sojadryck', 'sylt', 'honung', 'nötter', 'hasselnöt', 'choklad', 'kaffe', 'te ',
    'olie', 'rapsolie', 'sukker', 'krydderi', 'peber', 'sauce', 'sennep', 'bouillon', 'mayonnaise', 'marmelade', 'honning', 'nødder', 'kakao',
    'öljy', 'rypsiöljy', 'sokeri', 'suola', 'mauste', 'pippuri', 'kastike', 'sinappi', 'liemi', 'majoneesi', 'hillo', 'hunaja', 'pähkinä', 'kahvi', 'kaurajuoma', 'kookosmaito',
    'oil', 'sugar', 'spice', 'pepper', 'mustard', 'stock', 'margarine', 'jam', 'honey', 'nuts', 'coffee', 'oat drink', 'coconut milk',
  ],
};

/** The seed rules (the default for a plan that has none saved yet). */
export const DEFAULT_CATEGORY_RULES: readonly CategoryRule[] = Object.entries(seed).flatMap(([categoryId, words]) =>
  [...new Set(words)].map((keyword) => ({ keyword, categoryId })),
);

/**
 * A matcher over the rules: the category of a product text (longest keyword; on equal length the
 * later rule, so that a rule the user adds overrides a seed rule with the same keyword), or null. The text is matched in lower case with a space at each end, so that a
 * keyword with a trailing space ("nöt ") only matches a whole word's end.
 */
export function compileCategoryRules(rules: readonly CategoryRule[], knownCategoryIds?: ReadonlySet<string>): (text: string) => string | null {
  const usable = rules
    .map((r, i) => ({ keyword: r.keyword.toLowerCase(), categoryId: r.categoryId, i }))
    .filter((r) => r.keyword.trim() !== '' && (!knownCategoryIds || knownCategoryIds.has(r.categoryId)))
    .sort((a, b) => b.keyword.length - a.keyword.length || b.i - a.i);
  return (text: string) => {
    const s = ` ${text.toLowerCase()} `;
    for (const r of usable) if (s.includes(r.keyword)) return r.categoryId;
    return null;
  };
}

/**
 * A category named in a cell: its id, or its name in any language (the plan's categories).
 * Case and surrounding spaces do not matter.
 */
export function categoryByName(categories: readonly { id: string; name: string; names: Partial<Record<string, string | undefined>> }[]): (text: string) => string | null {
  const byName = new Map<string, string>();
  for (const c of categories) {
    byName.set(c.id.toLowerCase(), c.id);
    byName.set(c.name.toLowerCase(), c.id);
    for (const n of Object.values(c.names)) if (n) byName.set(n.toLowerCase(), c.id);
  }
  return (text: string) => byName.get(text.trim().toLowerCase()) ?? null;
}
