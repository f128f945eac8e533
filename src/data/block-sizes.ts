// How a large indicators.csv is cut for reading on several cores (load-blocks.ts). Apart, so that the
// page can tell whether a file wants helper workers without loading the loader.

/** Blocks of about this many bytes: small enough to share the end of a file evenly, large enough that a block's own dictionaries are a small cost. */
export const BLOCK_BYTES = 2 << 20;
/** Files under this size are read by one thread: the helpers' start would cost more than it saves. */
export const PARALLEL_MIN_BYTES = 16 << 20;
