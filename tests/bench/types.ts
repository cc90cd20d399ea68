export interface Metric {
  value: number;
  unit: string;
  target?: number;
  better: 'lower' | 'higher';
  note?: string;
}

export interface BenchModule {
  name: string;
  /** Short description for docs/performance.md. */
  description?: string;
  run(): Promise<Record<string, Metric>>;
}
