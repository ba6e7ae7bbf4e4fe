import { render, screen } from '@testing-library/react';
import { combine, RecordSectionsOf, RecordSectionsProvider, type Capability } from './capability';
import { routes, sections } from './capabilities';

describe('the capability registration', () => {
  it('places the analysis’s assessments on the person and organisation pages, a person’s events, the contact history, and a person’s consents and rights', () => {
    expect(sections.person.map((s) => s.key)).toEqual(['assessments', 'events', 'interactions', 'consents', 'rights']);
    expect(sections.organisation.map((s) => s.key)).toEqual(['assessments', 'interactions']);
  });

  it('gives every route its own pattern', () => {
    const patterns = routes.map((r) => r.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('orders the navigation across capabilities and renders sections for their subject', () => {
    const a: Capability = {
      name: 'a',
      routes: [],
      nav: [{ to: '/late', label: 'nav.audit', action: 'read_audit', group: 'admin', order: 20 }],
      personSections: [{ key: 'one', render: (s) => <p>one for {s.name}</p> }],
    };
    const b: Capability = {
      name: 'b',
      routes: [],
      nav: [{ to: '/early', label: 'nav.people', action: 'read_register', group: 'register', order: 10 }],
      personSections: [{ key: 'two', render: (s) => <p>two for {s.id}</p> }],
      organisationSections: [{ key: 'org', render: () => <p>org</p> }],
    };
    const combined = combine([a, b]);
    expect(combined.navItems.map((n) => n.to)).toEqual(['/early', '/late']);
    render(
      <RecordSectionsProvider sections={combined.sections}>
        <RecordSectionsOf subject={{ kind: 'person', id: 7, name: 'Kim' }} />
      </RecordSectionsProvider>,
    );
    expect(screen.getAllByRole('paragraph').map((p) => p.textContent)).toEqual(['one for Kim', 'two for 7']);
    expect(screen.queryByText('org')).toBeNull();
  });
});
