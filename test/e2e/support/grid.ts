import { expect, type Locator, type Page } from '@playwright/test';

export function gridEditor(page: Page, grid: string): Locator {
  return page.getByTestId(`${grid}-grid`).locator('.grid-editor');
}

export function gridRow(page: Page, grid: string, text: string): Locator {
  return page.getByTestId(`${grid}-row`).filter({ hasText: text });
}

export function gridCell(page: Page, grid: string, rowText: string, column: string): Locator {
  return gridRow(page, grid, rowText).locator(`[data-column="${column}"]`);
}

/** Adds a row with the toolbar button and types its name into the cell that opens. */
export async function addRow(page: Page, grid: string, name: string): Promise<void> {
  await page.getByTestId(`${grid}-add`).click();
  await expect(gridEditor(page, grid)).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(gridRow(page, grid, name)).toHaveCount(1);
}

/** Types a value into a cell (click, type, Enter), as a user with a mouse would. */
export async function typeInCell(page: Page, grid: string, rowText: string, column: string, text: string): Promise<void> {
  await gridCell(page, grid, rowText, column).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Chooses an option in a choice cell. */
export async function chooseInCell(page: Page, grid: string, rowText: string, column: string, value: string): Promise<void> {
  await gridCell(page, grid, rowText, column).dblclick();
  await gridEditor(page, grid).selectOption(value);
  await page.keyboard.press('Enter');
}
