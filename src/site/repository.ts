/**
 * Where the portal's source lives, so a page can link a report to the file it
 * was read from. Change REPOSITORY_URL (or the branch) here and every link follows.
 */
export const REPOSITORY_URL = 'https://github.com/gongkai/gongkai';
export const REPOSITORY_BRANCH = 'main';
/** Folder of the report files inside the repository. */
export const CONTENT_PATH = 'content/reports';

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** A report file (`zhengzhou-hrss/2023.txt`, relative to the content folder) on the repository's site. */
export const contentFileUrl = (file: string): string => `${REPOSITORY_URL}/blob/${REPOSITORY_BRANCH}/${CONTENT_PATH}/${encodePath(file)}`;

/** One line of a report file; `plain=1` so Markdown files show their lines too. */
export const contentLineUrl = (file: string, line: number): string => `${contentFileUrl(file)}?plain=1#L${line}`;
