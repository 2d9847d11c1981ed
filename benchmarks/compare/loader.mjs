// The offline JSON-LD document loader of the comparison scripts: contexts from ./contexts (index.json
// maps URL -> file, see contexts/ORIGIN.md) and did:key (Ed25519) resolved locally; any other URL is
// refused, so a credential that needs the network fails instead of fetching.
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {driver as didKeyDriver} from '@digitalbazaar/did-method-key';

const here = dirname(fileURLToPath(import.meta.url));

export function localDocumentLoader() {
  const dir = join(here, 'contexts');
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const contexts = new Map();
  for(const [url, file] of Object.entries(index)) {
    contexts.set(url, JSON.parse(readFileSync(join(dir, file), 'utf8')));
  }
  const didKey = didKeyDriver();
  didKey.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from});
  return async url => {
    const context = contexts.get(url);
    if(context !== undefined) {
      return {contextUrl: null, documentUrl: url, document: context};
    }
    if(url.startsWith('did:key:')) {
      return {contextUrl: null, documentUrl: url, document: await didKey.get({url})};
    }
    throw new Error(`refusing to load ${url}: not a bundled context and not a did:key`);
  };
}
