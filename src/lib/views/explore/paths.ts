/**
 * Where the explore pages and the pages they link to live, without the
 * site's base path (pages add it with href(), browser code with BASE_URL).
 */
export const bodyPath = (id: string): string => `/bodies/${id}/`;
export const reportPath = (id: string): string => `/reports/${id}/`;
export const regionPath = (id: string): string => `/regions/${id}/`;
export const yearPath = (year: number): string => `/years/${year}/`;
export const comparePath = (query = ''): string => `/compare/${query}`;
export const searchPath = (query = ''): string => `/search/${query}`;
