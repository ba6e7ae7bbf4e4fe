// The follow-up groups endpoints, one function each. Paths go through schema.ts's path(), so a
// route the server no longer describes fails the build. A group is written whole, with its
// members and deliverables (deliverables keep their ids when sent back), and a change sends
// the version it started from as If-Match: a stale write gets 412 instead of overwriting.
// Meetings are events (type group_meeting) that the events capability's pages show.
import { api } from '../app/api';
import { path } from '../app/schema';
import type { Event, EventInput, EventList } from '../events/types';
import type { Group, GroupInput, GroupList } from './types';

const groupPath = (id: number) => path('/api/v1/groups/{id}', { id });

export const getGroups = (programmeId?: number) => api.get<GroupList>(path('/api/v1/groups'), { programme_id: programmeId });
export const getGroup = (id: number) => api.get<Group>(groupPath(id));
export const postGroup = (input: GroupInput) => api.post<Group>(path('/api/v1/groups'), input);
export const putGroup = (id: number, input: GroupInput, version: number) => api.put<Group>(groupPath(id), input, version);
export const deleteGroup = (group: Group) => api.del(groupPath(group.id), group.version);

export const getMeetings = (id: number) => api.get<EventList>(path('/api/v1/groups/{id}/meetings', { id }));
export const postMeeting = (id: number, input: EventInput) => api.post<Event>(path('/api/v1/groups/{id}/meetings', { id }), input);
