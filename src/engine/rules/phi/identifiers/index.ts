import type { Rule } from '../../rule.js';
import { emailRule } from './email.js';
import { ipRule } from './ip.js';
import { keyedIdRule } from './keyed.js';
import { biometricRule, facePhotoRule } from './person-media.js';
import { phoneRule } from './phone.js';
import { ssnRule } from './ssn.js';
import { urlRule } from './url.js';

/** Safe Harbor identifiers with a structure of their own: contact details, numbers, links, records. */
export const rules: Rule[] = [phoneRule, emailRule, ssnRule, keyedIdRule, urlRule, ipRule, biometricRule, facePhotoRule];
