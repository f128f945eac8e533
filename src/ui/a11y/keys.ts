// A control drawn as SVG or a table row acts on Enter and Space, as a button does.
import type { KeyboardEvent } from 'react';

export const keyOpens = (open: () => void) => (event: KeyboardEvent) => {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  event.preventDefault();
  open();
};
