import { expect, test } from '@playwright/test';
import { createPlan, openApp, screenshot } from './support/app';

const VIEWS = ['overview', 'organisations', 'kitchens', 'suppliers', 'scenarios', 'compare', 'timeline', 'reports', 'settings'] as const;

for (const [language, locale] of [['en', 'en-GB'], ['sv', 'sv-SE'], ['da', 'da-DK'], ['fi', 'fi-FI']] as const) {
  test(`every main view renders in ${language} (screenshots kept as artifacts)`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await openApp(page);
    await screenshot(page, `${language}-welcome`);
    await createPlan(page, { name: 'Plan 2027–2032' });
    for (const view of VIEWS) {
      await page.getByTestId(`nav-${view}`).click();
      await expect(page.locator('#view-title')).toBeVisible();
      await expect(page.getByTestId(`nav-${view}`)).toHaveAttribute('aria-current', 'page');
      await screenshot(page, `${language}-${view}`);
    }
    await context.close();
  });
}
