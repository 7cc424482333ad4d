import type { Page } from 'playwright-core';

/** Scores a group on every criterion of the matrix at one level, and waits for it to be saved. */
export async function scoreGroup(
  page: Page,
  group: string,
  level: number,
  rationale?: string,
): Promise<void> {
  const form = page.getByRole('form', { name: 'Score a group' });
  await form.getByLabel('Group', { exact: true }).selectOption({ label: group });
  for (const fieldset of await form.locator('fieldset').all())
    await fieldset
      .getByRole('radio')
      .nth(level - 1)
      .check();
  if (rationale) await form.getByLabel('Rationale').fill(rationale);
  await form.getByRole('button', { name: 'Save score' }).click();
  await page.getByText(`Score for ${group.replace(/ \(.*/, '')} saved.`).waitFor();
}
