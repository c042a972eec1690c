/** One measured figure. `key` names its budget in bench/budgets.json, when it has one. */
export interface Figure {
  key: string;
  label: string;
  value: number;
  unit: string;
  /** Extra columns for the table, e.g. raw runs or both sides of a ratio. */
  detail?: string;
}

export interface Section {
  name: string;
  /** Sections that need the built extension or Chromium say so, so `--only` can skip them cheaply. */
  run(): Promise<Figure[]>;
}
