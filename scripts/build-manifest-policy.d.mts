export const SUPPORTED_HOSTS: string[];
export function checkManifest(manifest: Record<string, unknown>, browser: 'chrome' | 'firefox'): string[];
