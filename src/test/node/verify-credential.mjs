// Cross-check with an independent implementation: Digital Bazaar's JavaScript Data Integrity
// verifier (the one behind many wallets) checks a credential Tenaga signed. Not part of `mvn
// verify` (it needs npm); run by hand after changing how credentials are built or signed:
//   npm i @digitalbazaar/data-integrity @digitalbazaar/eddsa-rdfc-2022-cryptosuite jsonld-signatures
//   node verify-credential.mjs <contexts dir> <credential.json> <key document.json>
// with the contexts dir src/main/resources/org/tenaga/certification/badges/contexts and the key
// document from GET /api/v1/issuer/keys/1. Prints {"verified":true} for a good credential.
import fs from 'fs';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import jsigs from 'jsonld-signatures';
const ctxDir = process.argv[2];
const credential = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const keyDoc = JSON.parse(fs.readFileSync(process.argv[4], 'utf8'));
const contexts = {
  'https://www.w3.org/ns/credentials/v2': 'credentials-v2.jsonld',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': 'ob-context-3.0.3.json',
  'https://w3id.org/security/data-integrity/v2': 'data-integrity-v2.jsonld',
  'https://w3id.org/security/multikey/v1': 'multikey-v1.jsonld',
};
const documentLoader = async url => {
  if (contexts[url]) return {documentUrl: url, document: JSON.parse(fs.readFileSync(ctxDir + '/' + contexts[url], 'utf8'))};
  if (url === keyDoc.id) return {documentUrl: url, document: keyDoc};
  if (url === keyDoc.controller) return {documentUrl: url, document: {'@context': 'https://w3id.org/security/v2', id: keyDoc.controller, assertionMethod: [keyDoc.id]}};
  throw new Error('not loading ' + url);
};
const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});
const result = await jsigs.verify(credential, {suite, purpose: new jsigs.purposes.AssertionProofPurpose({controller: {'@context': 'https://w3id.org/security/v2', id: keyDoc.controller, assertionMethod: [keyDoc.id]}}), documentLoader});
console.log(JSON.stringify({verified: result.verified, error: result.error && String(result.error.errors || result.error)}));
