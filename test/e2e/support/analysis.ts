import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { DEMOS, type DemoId } from '../../../shared/demos';
import type { Plan } from '../../../shared/model/types';
import { openApp } from './app';

/** Opens a demo from the welcome page as a new user would, closing the guided tour. */
export async function openDemo(page: Page, id: DemoId): Promise<void> {
  await openApp(page);
  await page.getByTestId(`demo-open-${id}`).click();
  const skip = page.getByRole('button', { name: 'Skip the tour' });
  // The tour opens on the first demo of a profile.
  // Either may come first, or both at once (then `or` matches two: take the first).
  await expect(skip.or(page.getByTestId('fig-cost-per-meal-value')).first()).toBeVisible();
  if (await skip.isVisible()) await skip.click();
  await expect(page.getByTestId('tour')).toHaveCount(0);
}

/** The same demo plan built in Node, as the app builds it the first time it is opened. */
export function demoPlan(id: DemoId): Plan {
  return DEMOS.find((d) => d.id === id)!.build();
}

/** No WCAG 2.1 A/AA violation that axe can find on the page as it is. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
