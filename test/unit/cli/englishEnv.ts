/** The environment for a `cjm` child process in tests: the parent's, with the language pinned to English. */
export const ENGLISH_ENV: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C.UTF-8', LC_MESSAGES: '', LANG: 'C.UTF-8' };
