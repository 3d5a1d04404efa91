import type { Rule } from '../rule.js';
import { reviewReplyRule } from './review-replies.js';

export const rules: Rule[] = [reviewReplyRule];
