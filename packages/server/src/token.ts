// Compact HS256 JSON Web Tokens with Web Crypto only, so the same code runs in Node, Deno, Bun and
// edge runtimes. Any JWT library can read these tokens; verifying them needs the secret.

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes unpadded base64url; `undefined` for anything else (padding, other alphabets, junk). */
function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  // Two encodings of the same bytes would make two valid tokens from one signature.
  return toBase64Url(bytes) === text ? bytes : undefined;
}

function jsonPart(value: unknown): string {
  return toBase64Url(encoder.encode(JSON.stringify(value)));
}

function parsePart(text: string): unknown {
  const bytes = fromBase64Url(text);
  if (!bytes) return undefined;
  try {
    return JSON.parse(decoder.decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

/** An HMAC-SHA-256 key for signing and verifying. */
export function importHmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
}

/** Signs `payload` as `header.payload.signature` with `alg: HS256` and the key id `kid`. */
export async function signToken(payload: object, kid: string, key: CryptoKey): Promise<string> {
  const input = `${jsonPart({ alg: 'HS256', typ: 'JWT', kid })}.${jsonPart(payload)}`;
  const signature = await crypto.subtle.sign('HMAC', key, encoder.encode(input));
  return `${input}.${toBase64Url(new Uint8Array(signature))}`;
}

/** A token split into its parts, before its signature is checked. */
export interface UnverifiedToken {
  kid: string;
  payload: unknown;
  /** Checks the signature with `key` (in constant time: Web Crypto's verify). */
  verify(key: CryptoKey): Promise<boolean>;
}

/**
 * Splits a token; `undefined` when it is not a well-formed HS256 token. Only `HS256` is accepted,
 * whatever the header asks for, so `alg: none` and algorithm swaps are refused.
 */
export function readToken(token: string): UnverifiedToken | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = parsePart(headerPart);
  const signature = fromBase64Url(signaturePart);
  const payload = parsePart(payloadPart);
  if (
    typeof header !== 'object' ||
    header === null ||
    (header as { alg?: unknown }).alg !== 'HS256' ||
    typeof (header as { kid?: unknown }).kid !== 'string' ||
    signature?.length !== 32 ||
    payload === undefined
  ) {
    return undefined;
  }
  return {
    kid: (header as { kid: string }).kid,
    payload,
    verify: (key) =>
      crypto.subtle.verify(
        'HMAC',
        key,
        signature as Uint8Array<ArrayBuffer>,
        encoder.encode(`${headerPart}.${payloadPart}`),
      ),
  };
}

/** A random id of `bytes` bytes, base64url. */
export function randomId(bytes = 16): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}
