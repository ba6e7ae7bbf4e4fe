// The dashboard's endpoints: its figures as JSON, and the address of the same as a file.
import { api, queryString } from '../app/api';
import { path } from '../app/schema';
import type { Dashboard } from './types';

export interface DashboardQuery {
  programme_id: number;
  from: string;
  to: string;
}

export const getDashboard = (q: DashboardQuery) => api.get<Dashboard>(path('/api/v1/dashboard'), { ...q });
export const dashboardExportUrl = (q: DashboardQuery, format: 'csv' | 'xlsx') => path('/api/v1/dashboard/export') + queryString({ ...q, format });
