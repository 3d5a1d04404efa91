import type { Rule } from '../../rule.js';
import { phiAgeRule } from './age-rule.js';
import { phiDateRule } from './date-rule.js';

export const rules: Rule[] = [phiDateRule, phiAgeRule];
