// Run as a separate process by db.test.ts: tries to open the embedded database given as
// argv[2] and prints what happened, as a second server process would.
import { connect } from '../../src/db/connect.ts';

try {
  const handle = connect({ kind: 'sqlite', file: process.argv[2] ?? '' });
  await handle.close();
  console.log('OPENED');
} catch (error) {
  console.log(`REFUSED ${error instanceof Error ? error.message : String(error)}`);
}
