import type { ResourceInput, ResourceView, SharedResourceView } from '@stepwise/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../app/api.ts';

export type ResourceKind = ResourceView['kind'];

export const RESOURCES_KEY = ['resources'] as const;
export const resourceKey = (id: string) => ['resource', id] as const;
export const sharedKey = (clientId: string) => ['shared-resources', clientId] as const;
const resourcePath = (id: string) => `/api/resources/${encodeURIComponent(id)}`;
const sharedPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/resources`;

/** The practice's library and the therapist's own private resources. */
export function useResources(filter: { q?: string; tag?: string | null } = {}, enabled = true) {
  return useQuery({
    queryKey: [...RESOURCES_KEY, filter.q ?? '', filter.tag ?? ''],
    queryFn: () => api.get<{ resources: ResourceView[] }>(`/api/resources${queryString({ q: filter.q, tag: filter.tag })}`),
    select: (data) => data.resources,
    placeholderData: (previous) => previous,
    enabled,
  });
}

export function useResource(id: string) {
  return useQuery({ queryKey: resourceKey(id), queryFn: () => api.get<ResourceView>(resourcePath(id)) });
}

function useResourceSaved() {
  const queryClient = useQueryClient();
  return (resource: ResourceView) => {
    queryClient.setQueryData(resourceKey(resource.id), resource);
    void queryClient.invalidateQueries({ queryKey: RESOURCES_KEY });
    void queryClient.invalidateQueries({ queryKey: ['shared-resources'] });
  };
}

export function useSaveResource(id: string | null) {
  const saved = useResourceSaved();
  return useMutation({
    mutationFn: (input: ResourceInput) => (id ? api.put<ResourceView>(resourcePath(id), input) : api.post<ResourceView>('/api/resources', input)),
    onSuccess: saved,
  });
}

export function useDeleteResource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(resourcePath(id)),
    onSuccess: (_ok, id) => {
      queryClient.removeQueries({ queryKey: resourceKey(id) });
      void queryClient.invalidateQueries({ queryKey: RESOURCES_KEY });
    },
  });
}

export function useUploadAttachment(id: string) {
  const saved = useResourceSaved();
  return useMutation({
    mutationFn: (file: File) =>
      api.put<ResourceView>(`${resourcePath(id)}/attachment${queryString({ name: file.name })}`, { raw: file, type: file.type }),
    onSuccess: saved,
  });
}

export function useRemoveAttachment(id: string) {
  const saved = useResourceSaved();
  return useMutation({ mutationFn: () => api.delete<ResourceView>(`${resourcePath(id)}/attachment`), onSuccess: saved });
}

export const attachmentUrl = (id: string) => `${resourcePath(id)}/attachment`;

export function useSharedResources(clientId: string) {
  return useQuery({
    queryKey: sharedKey(clientId),
    queryFn: () => api.get<{ resources: SharedResourceView[] }>(sharedPath(clientId)),
    select: (data) => data.resources,
  });
}

/** One shared resource; when the client opens it, the server marks it seen. */
export function useSharedResource(clientId: string, resourceId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: [...sharedKey(clientId), resourceId],
    queryFn: async () => {
      const resource = await api.get<SharedResourceView>(`${sharedPath(clientId)}/${encodeURIComponent(resourceId)}`);
      void queryClient.invalidateQueries({ queryKey: sharedKey(clientId), exact: true });
      return resource;
    },
  });
}

export function useShareResource(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (resourceId: string) => api.post<SharedResourceView>(sharedPath(clientId), { resourceId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sharedKey(clientId) }),
  });
}
