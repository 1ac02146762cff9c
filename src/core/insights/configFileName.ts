/**
 * The name of the insight config file, in a module of its own without imports: the extension's start-up code
 * (file watchers, document selectors) needs it before the analysis is loaded (see scripts/lib/lazyCoreBundle.mjs).
 */

/** The file name of an insight config: `cjm.config.yaml`, in a map's folder or any folder above. */
export const CONFIG_FILE_NAME = 'cjm.config.yaml';
