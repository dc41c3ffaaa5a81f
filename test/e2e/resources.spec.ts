// The resource directory through the UI: add (with the form's checks), edit, retire and bring back.
import { expect, test } from './fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { ResourcesPage } from './pages/resources-page';

test('a resource added, changed, retired and brought back', async ({ page, program }) => {
  expect(program.programName).toBeTruthy();
  const resources = new ResourcesPage(page);
  await new AppShellPage(page).openResources();
  await expect(page.getByText('No resources yet: add the first below.')).toBeVisible();

  await resources.fill(resources.addForm, { name: 'Riverside Clinic', email: 'not-an-email' });
  await resources.addForm.getByRole('button', { name: 'Add resource' }).click();
  await expect(ResourcesPage.field(resources.addForm, 'Type')).toHaveAccessibleDescription('Choose the type.');
  await expect(ResourcesPage.field(resources.addForm, 'Email')).toHaveAccessibleDescription(
    'Enter an email address like name@example.org.',
  );

  await resources.add({
    name: 'Riverside Clinic',
    type: 'Clinical care',
    contactName: 'Dr Lee',
    phone: '555 0101',
    email: 'front@riverside.example',
    notes: 'Walk-in on Tuesdays.',
  });
  const row = resources.row('Riverside Clinic');
  await expect(row).toContainText('Clinical care');
  await expect(row).toContainText('Dr Lee · 555 0101 · front@riverside.example');
  await expect(row).toContainText('0 referrals');
  await expect(ResourcesPage.field(resources.addForm, 'Name')).toHaveValue('');

  await resources.add({ name: 'Food Share', type: 'Food' });
  await resources.edit('Riverside Clinic', { phone: '555 0199', type: 'Mental health' });
  await expect(row).toContainText('555 0199');
  await expect(row).toContainText('Mental health');

  await resources.toggleRetired('Food Share', 'Retire');
  await expect(resources.row('Food Share')).toContainText('Retired');
  await page.reload();
  await expect(resources.row('Food Share')).toContainText('Retired');
  await expect(resources.row('Riverside Clinic')).toContainText('555 0199');
  await resources.toggleRetired('Food Share', 'Bring back');
  await expect(resources.row('Food Share')).not.toContainText('Retired');
});
