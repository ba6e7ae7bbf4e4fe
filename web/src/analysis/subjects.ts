// Where a stakeholder's own page is: people and organisations live at different paths.
export function subjectPath(subject: { subject_type: string; subject_id: number }) {
  return subject.subject_type === 'organisation' ? `/organisations/${subject.subject_id}` : `/people/${subject.subject_id}`;
}
