import { analyze } from '../../engine/index.js';
import type { Report } from '../../engine/types.js';
import type { Sender } from '../../shared/messaging.js';
import type { Request, ToWorker } from '../../shared/protocol.js';
import { currentSettings } from '../settings-cache.js';
import { markEngineUsed } from '../warm-up.js';

/** `check`: the draft's report under the user's settings merged with the organisation's policy. */
export async function checkDraft(payload: Request<ToWorker, 'check'>, _sender?: Sender): Promise<Report> {
  markEngineUsed();
  const { engine } = await currentSettings();
  return analyze(payload.text, { platform: payload.platform, settings: engine });
}
