// The resource library's endpoints (paths through schema.ts's path()). Changes send the version
// they started from as If-Match; a file travels as its own bytes, its name in ?filename=.
import { api, request } from '../app/api';
import type { components } from '../app/api-schema';
import { path } from '../app/schema';

export type Resource = components['schemas']['Resource'];
export type ResourceInput = components['schemas']['ResourceInput'];
export type ResourceList = components['schemas']['ResourceList'];
export type ResourceKind = Resource['kind'];
export type Audience = Resource['audience'];
export const kinds: ResourceKind[] = ['knowledge', 'tool', 'report', 'policy'];
export const audiences: Audience[] = ['everyone', 'team'];

// The largest file the server keeps (src/resources/rules.h), checked here before sending it.
export const maxFileBytes = 10 * 1024 * 1024;

export interface ResourceFilters {
  q?: string;
  kind?: string;
  language?: string;
  theme?: string;
}

export const getResources = (filters: ResourceFilters) => api.get<ResourceList>(path('/api/v1/resources'), { ...filters });
export const postResource = (input: ResourceInput) => api.post<Resource>(path('/api/v1/resources'), input);
export const putResource = (r: Resource, input: ResourceInput) => api.put<Resource>(path('/api/v1/resources/{id}', { id: r.id }), input, r.version);
export const deleteResource = (r: Resource) => api.del(path('/api/v1/resources/{id}', { id: r.id }), r.version);
export const fileUrl = (r: Resource) => path('/api/v1/resources/{id}/file', { id: r.id });

export const uploadFile = (r: Resource, file: File) =>
  request<Resource>('PUT', fileUrl(r), { rawBody: { data: file, contentType: file.type || 'application/octet-stream' }, query: { filename: file.name }, version: r.version }).then(
    (answer) => answer.data,
  );
export const removeFile = (r: Resource) => request<Resource>('DELETE', fileUrl(r), { version: r.version }).then((answer) => answer.data);
