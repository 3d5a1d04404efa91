export function zipDirectory(sourceDir: string, zipPath: string): number;
