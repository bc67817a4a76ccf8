import { vi } from 'vitest'

// A loaded machine (CI on two cores running the backend suites beside us) renders slower than
// a laptop: wait up to 10 s for what a test waits for, unless the test says otherwise.
const waitFor = vi.waitFor.bind(vi)
vi.waitFor = ((callback, options) =>
  waitFor(callback, typeof options === 'number' ? options : { timeout: 10_000, interval: 50, ...options })) as typeof vi.waitFor
