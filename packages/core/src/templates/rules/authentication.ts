import { countCharacters } from '../count.js';
import { TEMPLATE_LIMITS } from '../limits.js';
import {
  arrayField,
  isRecord,
  optionalBoolean,
  optionalString,
  requiredString,
} from './context.js';
import type { Path, RuleContext } from './context.js';
import { checkLabel } from './label.js';

const OTP_TYPES = new Set(['COPY_CODE', 'ONE_TAP', 'ZERO_TAP']);
// At least two dot-separated segments, each starting with a letter (reference §7).
const PACKAGE_NAME = /^[a-zA-Z][a-zA-Z0-9_]*(?:\.[a-zA-Z][a-zA-Z0-9_]*)+$/;
const SIGNATURE_HASH = /^[a-zA-Z0-9+/=]+$/;

function checkApp(ctx: RuleContext, owner: Record<string, unknown>, path: Path): void {
  const name = requiredString(ctx, owner, 'package_name', path);
  if (
    name !== undefined &&
    (name.length > TEMPLATE_LIMITS.packageName || !PACKAGE_NAME.test(name))
  ) {
    ctx.report('otp.package_name_invalid', [...path, 'package_name'], {
      max: TEMPLATE_LIMITS.packageName,
    });
  }
  const hash = requiredString(ctx, owner, 'signature_hash', path);
  if (
    hash !== undefined &&
    (hash.length !== TEMPLATE_LIMITS.signatureHash || !SIGNATURE_HASH.test(hash))
  ) {
    ctx.report('otp.signature_hash_invalid', [...path, 'signature_hash'], {
      length: TEMPLATE_LIMITS.signatureHash,
    });
  }
}

/** Checks an `OTP` button: its type, labels and the Android apps of one-tap and zero-tap. */
export function checkOtpButton(
  ctx: RuleContext,
  button: Record<string, unknown>,
  path: Path,
): void {
  checkLabel(ctx, button, path, false, TEMPLATE_LIMITS.otpButtonLabel);
  const raw = requiredString(ctx, button, 'otp_type', path);
  const otpType = raw?.toUpperCase();
  if (raw !== undefined && !OTP_TYPES.has(otpType!)) {
    ctx.report('otp.type_unsupported', [...path, 'otp_type'], { otpType: raw });
  }
  const autofill = optionalString(ctx, button, 'autofill_text', path);
  if (autofill !== undefined) {
    const length = countCharacters(autofill);
    if (length > TEMPLATE_LIMITS.autofillText) {
      ctx.report('otp.autofill_too_long', [...path, 'autofill_text'], {
        max: TEMPLATE_LIMITS.autofillText,
        length,
      });
    }
  }
  const apps = arrayField(ctx, button, 'supported_apps', path, false);
  if (apps) {
    if (apps.length > TEMPLATE_LIMITS.supportedApps) {
      ctx.report('otp.supported_apps_too_many', [...path, 'supported_apps'], {
        max: TEMPLATE_LIMITS.supportedApps,
      });
    }
    apps.forEach((app: unknown, index) => {
      const at = [...path, 'supported_apps', index];
      if (isRecord(app)) checkApp(ctx, app, at);
      else ctx.report('field.wrong_type', at, { field: 'Each app', expected: 'an object' });
    });
  }
  // Graph API v20 and older took one app directly on the button.
  const legacy = button.package_name !== undefined || button.signature_hash !== undefined;
  if (legacy) {
    ctx.report('otp.deprecated_app_fields', path);
    checkApp(ctx, button, path);
  }
  if (otpType === 'ONE_TAP' || otpType === 'ZERO_TAP') {
    if (!legacy && (!apps || apps.length === 0)) {
      ctx.report('otp.supported_apps_missing', [...path, 'supported_apps']);
    }
  }
  if (otpType === 'ZERO_TAP' && button.zero_tap_terms_accepted !== true) {
    ctx.report('otp.zero_tap_terms', [...path, 'zero_tap_terms_accepted']);
  }
}

/**
 * Checks what is particular to authentication templates (reference §7): the text is WhatsApp's,
 * the footer only sets the code expiry, and there is exactly one OTP button.
 */
export function checkAuthentication(
  ctx: RuleContext,
  body: { value: Record<string, unknown>; path: Path } | undefined,
  footer: { value: Record<string, unknown>; path: Path } | undefined,
  buttonTypes: readonly (string | undefined)[],
  buttonsPath: Path,
): void {
  if (body) {
    if (body.value.text !== undefined) {
      ctx.report('authentication.custom_text', [...body.path, 'text']);
    }
    optionalBoolean(ctx, body.value, 'add_security_recommendation', body.path);
  }
  if (footer) {
    if (footer.value.text !== undefined) {
      ctx.report('authentication.custom_text', [...footer.path, 'text']);
    }
    const minutes = footer.value.code_expiration_minutes;
    if (
      minutes !== undefined &&
      (typeof minutes !== 'number' ||
        !Number.isInteger(minutes) ||
        minutes < TEMPLATE_LIMITS.codeExpirationMinutesMin ||
        minutes > TEMPLATE_LIMITS.codeExpirationMinutesMax)
    ) {
      ctx.report('footer.code_expiration_range', [...footer.path, 'code_expiration_minutes'], {
        min: TEMPLATE_LIMITS.codeExpirationMinutesMin,
        max: TEMPLATE_LIMITS.codeExpirationMinutesMax,
      });
    }
  }
  const otpButtons = buttonTypes.filter((type) => type === 'OTP').length;
  if (otpButtons !== 1) ctx.report('otp.count', buttonsPath);
}
