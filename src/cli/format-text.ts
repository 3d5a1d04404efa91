import type { Finding, Report } from '../engine/index.js';

/** Line and column (both 1-based) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function describeFix(text: string, f: Finding): string[] {
  return f.fixes.map((fix) => {
    const inserted = fix.edits.filter((e) => e.start === e.end).map((e) => e.text.trim()).filter(Boolean);
    const detail = inserted.length ? ` (adds “${inserted.join(' … ')}”)` : '';
    return `      fix: ${fix.label}${detail}`;
  });
}

export function formatText(name: string, text: string, report: Report): string {
  const lines: string[] = [];
  if (report.findings.length === 0) {
    lines.push(`${name}: no problems found (${report.platform}, ${report.length.used}/${report.length.limit})`);
    return lines.join('\n');
  }
  const counts = { block: 0, warn: 0, info: 0 };
  for (const f of report.findings) counts[f.severity]++;
  const summary = (['block', 'warn', 'info'] as const).filter((s) => counts[s]).map((s) => `${counts[s]} ${s}`).join(', ');
  lines.push(`${name}: ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} (${summary}) for ${report.platform}`);
  for (const f of report.findings) {
    const { line, column } = lineColumn(text, f.start);
    const kind = f.phiType ? `${f.ruleId} ${f.phiType}` : f.ruleId;
    lines.push(`  ${line}:${column}  ${f.severity.padEnd(5)}  ${kind}  ${f.message}`);
    if (f.end > f.start) lines.push(`      “${text.slice(f.start, f.end).replace(/\s+/g, ' ')}”`);
    lines.push(...describeFix(text, f));
  }
  return lines.join('\n');
}
