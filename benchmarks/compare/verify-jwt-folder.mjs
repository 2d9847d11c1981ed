// Verifies every VC-JWT (*.jwt) in a folder with panva's jose: jwtVerify with the issuer's public key
// (imported once), RS256 only and the issuer pinned, one at a time on one event loop. The command-line
// comparison's RS256 peer (docs/BENCHMARKS.md, issue 19; compare.sh).
//
// usage: node verify-jwt-folder.mjs FOLDER PUBLIC_JWK
// Prints "N inputs: V verified, F failed in T s (R/s)" on stderr (reading the files and importing the key
// are outside the timed loop); exit 0 only if every token verified.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import * as jose from 'jose';

const WEB_DID = 'did:web:bench.laurel.dev';
const [folder, publicJwk] = process.argv.slice(2);
if(!folder || !publicJwk) {
  console.error('usage: node verify-jwt-folder.mjs FOLDER PUBLIC_JWK');
  process.exit(2);
}
const tokens = readdirSync(folder).filter(f => f.endsWith('.jwt')).sort()
  .map(f => readFileSync(join(folder, f), 'utf8').trim());
const key = await jose.importJWK(JSON.parse(readFileSync(publicJwk, 'utf8')), 'RS256');
const start = performance.now();
let verified = 0;
for(const token of tokens) {
  try {
    await jose.jwtVerify(token, key, {algorithms: ['RS256'], issuer: WEB_DID});
    verified++;
  } catch(e) {
    // counted below
  }
}
const seconds = (performance.now() - start) / 1000;
console.error(`${tokens.length} inputs: ${verified} verified, ${tokens.length - verified} failed in ` +
  `${seconds.toFixed(2)} s (${(tokens.length / seconds).toFixed(1)}/s, 1 thread(s))`);
process.exit(verified === tokens.length && tokens.length > 0 ? 0 : 1);
