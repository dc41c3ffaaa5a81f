import { expect, test } from './fixtures';
import { setUpProgram } from './program';

test('activity keeps the session alive, at most one touch every 30 seconds', async ({ page, preview }) => {
  expect(preview.url).toBeTruthy();
  await setUpProgram(page);
  const touches: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/session.touch')) touches.push(request.url());
  });
  await page.clock.install();

  await page.keyboard.press('Shift');
  await page.mouse.click(5, 300);
  expect(touches).toHaveLength(0);

  await page.clock.fastForward('00:31');
  const touched = page.waitForRequest(/\/api\/session\.touch$/);
  await page.keyboard.press('Shift');
  await touched;
  await page.keyboard.press('Shift');
  await page.mouse.click(5, 300);
  expect(touches).toHaveLength(1);
});
