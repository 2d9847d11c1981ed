// Verifies every credential (*.json) in a folder with Digital Bazaar's verifier: @digitalbazaar/vc
// verifyCredential with a DataIntegrityProof suite for eddsa-rdfc-2022. Offline: JSON-LD contexts come
// from ./contexts (index.json maps URL -> file) and did:key is resolved locally; any other URL is
// refused, so a credential that needs the network fails instead of fetching.
//
// usage: node verify-folder.mjs FOLDER [--workers N] [--quiet]
//   --workers N  split the files over N worker threads (default 1: one event loop, as most Node
//                services verify); the counts are summed.
// Prints "N inputs: V verified, F failed in T s (R/s)" on stderr; exit 0 only if every file verified.

import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {localDocumentLoader} from './loader.mjs';

function listFiles(folder) {
  const files = [];
  for(const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if(statSync(path).isDirectory()) {
      files.push(...listFiles(path));
    } else if(name.endsWith('.json')) {
      files.push(path);
    }
  }
  return files;
}

async function verifyAll(files) {
  const documentLoader = localDocumentLoader();
  const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});
  let verified = 0;
  const failures = [];
  for(const file of files) {
    let ok = false;
    let why;
    try {
      const credential = JSON.parse(readFileSync(file, 'utf8'));
      const result = await vc.verifyCredential({credential, suite, documentLoader});
      ok = result.verified === true;
      if(!ok) {
        const errors = [result.error, ...(result.results ?? []).map(r => r.error)].filter(Boolean);
        why = errors.map(e => e.message ?? String(e)).join('; ') || 'not verified';
      }
    } catch(e) {
      why = e.message ?? String(e);
    }
    if(ok) {
      verified++;
    } else {
      failures.push({file, why});
    }
  }
  return {verified, failures};
}

if(isMainThread) {
  const args = process.argv.slice(2);
  const folder = args.find(a => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--workers');
  const workersAt = args.indexOf('--workers');
  const workers = workersAt >= 0 ? Number.parseInt(args[workersAt + 1], 10) : 1;
  if(!folder || !(workers >= 1)) {
    console.error('usage: node verify-folder.mjs FOLDER [--workers N] [--quiet]');
    process.exit(2);
  }
  const files = listFiles(folder);
  const start = performance.now();
  let verified = 0;
  let failures = [];
  if(workers === 1) {
    ({verified, failures} = await verifyAll(files));
  } else {
    const slices = Array.from({length: workers}, (_, w) => files.filter((_, i) => i % workers === w));
    const results = await Promise.all(slices.map(slice => new Promise((resolve, reject) => {
      const worker = new Worker(fileURLToPath(import.meta.url), {workerData: slice});
      worker.once('message', resolve);
      worker.once('error', reject);
    })));
    for(const r of results) {
      verified += r.verified;
      failures = failures.concat(r.failures);
    }
  }
  const seconds = (performance.now() - start) / 1000;
  if(!args.includes('--quiet')) {
    for(const f of failures.slice(0, 10)) {
      console.log(`${f.file}: NOT VERIFIED: ${f.why}`);
    }
  }
  console.error(`${files.length} inputs: ${verified} verified, ${failures.length} failed in ` +
    `${seconds.toFixed(2)} s (${(files.length / seconds).toFixed(1)}/s, ${workers} thread(s))`);
  process.exit(failures.length === 0 && files.length > 0 ? 0 : 1);
} else {
  parentPort.postMessage(await verifyAll(workerData));
}
