import type { Rule } from '../rule.js';
import { quasiIdentifierRule } from './quasi-identifiers.js';

export const rules: Rule[] = [quasiIdentifierRule];
