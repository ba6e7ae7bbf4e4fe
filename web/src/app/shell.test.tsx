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
    expect(await links()).toEqual(['My work', 'People', 'Organisations', 'Themes', 'Country groups', 'Analysis', 'Assessment table', 'Coverage', 'Kickoff lists', 'Network', 'Events', 'Lessons learned', 'Reports', 'Actions', 'Action plans', 'Groups', 'Outbox', 'Import', 'Users', 'Audit log', 'Scheduled jobs']);
  });
  it('shows an observer only what they may read', async () => {
    fakeApi('observer');
    wrap(<Shell nav={navItems}>page</Shell>);
    expect(await links()).toEqual(['My work', 'People', 'Organisations', 'Themes', 'Country groups', 'Analysis', 'Coverage', 'Kickoff lists', 'Network', 'Events', 'Lessons learned', 'Reports', 'Actions', 'Action plans', 'Groups']);
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
