export const CLASSIC_WORKER: string;
export function classicWorker(
  dir: string,
  manifest: Record<string, unknown> & { background?: Record<string, unknown> },
  target: string,
): Promise<Record<string, unknown> & { background: Record<string, unknown> }>;
