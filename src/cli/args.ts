import { isPlatform, type Platform } from '../engine/index.js';

export interface CheckArgs {
  platform: Platform;
  format: 'text' | 'json';
  jsonl: boolean;
  files: string[];
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  safepost check [--platform P] [--format text|json] [FILE ...]   one draft per FILE, or stdin
  safepost check --jsonl [--platform P] [FILE]                    one {"id","text","platform"?} a line

Platforms: x, linkedin, facebook, instagram, threads, bluesky, reddit, mastodon, doximity, generic (default).
Exit status: 0 nothing at warn or above, 1 worst is warn, 2 worst is block, 64 bad usage, 65 bad input.`;

export function parseArgs(argv: readonly string[]): CheckArgs | 'help' {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return 'help';
  const [command, ...rest] = argv;
  if (command !== 'check') throw new UsageError(`unknown command "${command}"; the command is "check"`);
  const args: CheckArgs = { platform: 'generic', format: 'text', jsonl: false, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--help': case '-h': return 'help';
      case '--platform': {
        const p = value();
        if (!isPlatform(p)) throw new UsageError(`unknown platform "${p}"`);
        args.platform = p;
        break;
      }
      case '--format': {
        const f = value();
        if (f !== 'text' && f !== 'json') throw new UsageError(`unknown format "${f}"; use text or json`);
        args.format = f;
        break;
      }
      case '--jsonl': args.jsonl = true; break;
      case '-': args.files.push('-'); break;
      default:
        if (flag.startsWith('-')) throw new UsageError(`unknown option "${flag}"`);
        args.files.push(arg);
    }
  }
  if (args.jsonl && args.files.length > 1) throw new UsageError('--jsonl reads one FILE (or stdin)');
  if (args.jsonl && args.format === 'json') throw new UsageError('--jsonl already prints JSON; drop --format');
  return args;
}
