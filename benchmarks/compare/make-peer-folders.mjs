// Makes the third-party folders of the command-line comparison (docs/BENCHMARKS.md, issue 19; compare.sh):
//
//   node make-peer-folders.mjs di TEMPLATE N OUTDIR    N distinct OB 3.0 credentials from TEMPLATE, signed
//                                                      eddsa-rdfc-2022 by Digital Bazaar's stack, one did:key
//                                                      issuer from a fixed seed
//   node make-peer-folders.mjs jwt TEMPLATE N OUTDIR   N distinct OB 3.0 VC-JWTs signed RS256 by jose (a new
//                                                      RSA 2048 key), issuer did:web:bench.laurel.dev; writes
//                                                      OUTDIR/../did-web/{did.json,public.jwk.json,url-map.json}
//                                                      for `laurel verify --url-map` and verify-jwt-folder.mjs
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join, dirname} from 'node:path';
import {createHash} from 'node:crypto';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as jose from 'jose';
import {localDocumentLoader} from './loader.mjs';

const documentLoader = localDocumentLoader();
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

const [kind, template, count, out] = process.argv.slice(2);
const makers = {di: diSign, jwt: jwtSign};
if(!makers[kind] || !template || !(Number(count) > 0) || !out) {
  console.error('usage: node make-peer-folders.mjs di|jwt TEMPLATE N OUTDIR');
  process.exit(2);
}
process.exit(await makers[kind](template, Number(count), out));
