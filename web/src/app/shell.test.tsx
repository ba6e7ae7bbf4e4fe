import { screen, within } from '@testing-library/react';
import { navItems } from './capabilities';
import { fakeApi, wrap } from './fakeApi';
import { Shell } from './Shell';

afterEach(() => vi.restoreAllMocks());

describe('the navigation', () => {
  const links = async () => {
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    return within(nav).getAllByRole('link').map((a) => a.textContent);
  };
  it('shows an admin everything', async () => {
    fakeApi('admin');
    wrap(<Shell nav={navItems}>page</Shell>);
    expect(await links()).toEqual([
      'Programme', 'Initiatives', 'Dashboard', 'My work', 'Library', 'My data',
      'People', 'Organisations', 'Contacts', 'Duplicates', 'Themes', 'Country groups', 'Import',
      'Analysis', 'Assessment table', 'Coverage', 'Kickoff lists',
      'Events', 'Live sessions', 'Lessons learned', 'Reports', 'Outbox',
      'Actions', 'Action plans', 'Groups',
      'Network',
      'Privacy', 'Users', 'Audit log', 'Scheduled jobs',
    ]);
  });
  it('groups the links under labels a screen reader announces with each list', async () => {
    fakeApi('admin');
    wrap(<Shell nav={navItems}>page</Shell>);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const groups = ['Programme', 'Register', 'Analysis', 'Events', 'Follow-up', 'Network', 'Administration'];
    for (const name of groups) expect(within(nav).getByRole('list', { name })).toBeTruthy();
    const followUp = within(nav).getByRole('list', { name: 'Follow-up' });
    expect(within(followUp).getAllByRole('link').map((a) => a.textContent)).toEqual(['Actions', 'Action plans', 'Groups']);
  });
  it('shows an observer only what they may read', async () => {
    fakeApi('observer');
    wrap(<Shell nav={navItems}>page</Shell>);
    expect(await links()).toEqual(['Programme', 'Initiatives', 'Dashboard', 'My work', 'Library', 'My data', 'People', 'Organisations', 'Contacts', 'Themes', 'Country groups', 'Analysis', 'Coverage', 'Kickoff lists', 'Events', 'Lessons learned', 'Reports', 'Actions', 'Action plans', 'Groups', 'Network']);
    expect(within(await screen.findByRole('navigation', { name: 'Main' })).queryByRole('list', { name: 'Administration' })).toBeNull();
  });
  it('starts with a skip link to the main content', async () => {
    fakeApi('participant');
    wrap(<Shell nav={navItems}>page</Shell>);
    await screen.findByRole('button', { name: 'Log out' });
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip.getAttribute('href')).toBe('#main');
    expect(screen.getByRole('main').id).toBe('main');
  });
});
