import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * axe-core on every view and tab, in every language, with a demo plan open (and the welcome page, the tour
 * and the plan list). The gate is the issue's: no serious or critical violation. Every other finding is
 * counted and written to test-results/a11y-<lang>.json, so the trust note can give the figures.
 */

const LOCALES = [
  { lang: 'en', locale: 'en-GB' },
  { lang: 'sv', locale: 'sv-SE' },
  { lang: 'da', locale: 'da-DK' },
  { lang: 'fi', locale: 'fi-FI' },
] as const;

const ROUTES = [
  'overview',
  'organisations/organisations',
  'organisations/budgets',
  'kitchens/kitchens',
  'kitchens/profiles',
  'kitchens/categories',
  'suppliers/suppliers',
  'suppliers/offers',
  'suppliers/contracts',
  'suppliers/purchases',
  'scenarios',
  'compare/figures',
  'compare/capacity',
  'timeline',
  'reports',
  'settings',
  'plans',
];

interface Finding {
  route: string;
  id: string;
  impact: string;
  nodes: string[];
}

async function audit(page: Page, route: string, findings: Finding[]): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  for (const v of violations) {
    findings.push({ route, id: v.id, impact: v.impact ?? 'unknown', nodes: v.nodes.map((n) => n.target.join(' ')) });
  }
}

/** Waits until the view has drawn its content: the main heading, and no "computing" placeholder left. */
async function settle(page: Page): Promise<void> {
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
}

for (const { lang, locale } of LOCALES) {
  test(`axe finds no serious or critical violation on any view in ${lang}`, async ({ browser }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const findings: Finding[] = [];
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByTestId('demo-open-stockholm-malardalen')).toBeVisible();
    await audit(page, 'welcome', findings);

    await page.getByTestId('demo-open-stockholm-malardalen').click();
    await expect(page.getByTestId('tour')).toBeVisible();
    await audit(page, 'tour', findings);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('tour')).toHaveCount(0);

    for (const route of ROUTES) {
      await page.evaluate((r) => (window.location.hash = `#/${r}`), route);
      await settle(page);
      await audit(page, route, findings);
    }

    const blocking = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
    const dir = resolve('test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      resolve(dir, `a11y-${lang}.json`),
      JSON.stringify({ lang, views: ROUTES.length + 2, findings }, null, 2),
    );
    expect(blocking.map((f) => `${f.route} ${f.id} (${f.impact}): ${f.nodes.join(', ')}`)).toEqual([]);
    await context.close();
  });
}
