// Rewrites samples/<name>/expected/ from the engine's current output. It is the same as
// `ruqsat check --update --yes`, which prints each difference before it rewrites the files.
// Review the diff by hand before committing: the expected files are the testers' statement of
// what is right, not a snapshot to accept blindly.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(['check', '--update', '--yes', ...process.argv.slice(2)]);
