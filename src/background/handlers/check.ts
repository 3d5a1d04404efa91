import { analyze } from '../../engine/index.js';
import type { Report } from '../../engine/types.js';
import type { Sender } from '../../shared/messaging.js';
import type { Request, ToWorker } from '../../shared/protocol.js';
import { effectiveEngineSettings } from '../../shared/settings/effective.js';

/** `check`: the draft's report under the user's settings merged with the organisation's policy. */
export async function checkDraft(payload: Request<ToWorker, 'check'>, _sender?: Sender): Promise<Report> {
  const settings = await effectiveEngineSettings(payload.platform);
  return analyze(payload.text, { platform: payload.platform, settings });
}
