import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Each test file gets its own DATA_DIR, so outbox mail from one file is never read by another.
process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-int-'));
process.env.LOG_LEVEL ??= 'silent';
process.env.PUBLIC_URL ??= 'http://localhost:3000';
