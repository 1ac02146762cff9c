/** The shape of a built-in map template. */
export interface MapTemplate {
  /** Stable id, e.g. `basic` or `saas-onboarding`. */
  id: string;
  /** Name shown in the New Map picker. */
  label: string;
  /** One line on what the template is for. */
  description: string;
  /** The YAML text of the new file (no `id:`, so the map id follows the file name). */
  text: string;
}
