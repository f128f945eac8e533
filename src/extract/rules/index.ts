// The registry: every rule of every category, in the order they are tried.
// Rules are for what frames (../frames/) cannot say; a rule goes in the file of its category, with its examples.
import type { Rule } from './rule.ts';
import { rules as enterprises } from './enterprises.ts';
import { rules as hte } from './hte.ts';
import { rules as industry } from './industry.ts';
import { rules as ip } from './ip.ts';
import { rules as platforms } from './platforms.ts';
import { rules as projects } from './projects.ts';
import { rules as rd } from './rd.ts';
import { rules as services } from './services.ts';

export const RULES: readonly Rule[] = [
  ...hte, ...enterprises, ...projects, ...industry, ...rd, ...ip, ...platforms, ...services,
];
