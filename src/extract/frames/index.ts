// The registry: every frame of every category, in the order ties are broken.
// To add an indicator: add it to ../catalog.ts, its words to ../words.ts, and a frame with examples here.
import type { Frame } from './frame.ts';
import { frames as enterprises } from './enterprises.ts';
import { frames as hte } from './hte.ts';
import { frames as industry } from './industry.ts';
import { frames as ip } from './ip.ts';
import { frames as platforms } from './platforms.ts';
import { frames as projects } from './projects.ts';
import { frames as rd } from './rd.ts';
import { frames as services } from './services.ts';

export type { Frame } from './frame.ts';

export const FRAMES: readonly Frame[] = [
  ...hte, ...enterprises, ...projects, ...industry, ...rd, ...ip, ...platforms, ...services,
];
