// Removes the previous build so that no stale file is packed or measured.
import { rmSync } from 'node:fs';

for (const dir of ['dist', 'cdn']) rmSync(dir, { recursive: true, force: true });
