import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';

type Body = { error: { code: string; message: string; fields?: Record<string, string> } };

// Fastify's own 4xx errors, given stable codes of ours.
const FASTIFY_CODES: Record<string, { code: string; status: number; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'malformed_json', status: 400, message: 'the request body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'empty_body', status: 400, message: 'the request body is empty but JSON was declared' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'body_too_large', status: 413, message: 'the request body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', status: 415, message: 'this content type is not accepted here: send JSON (or, for an attachment, a PDF, PNG, JPEG or WebP file)' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'bad_content_length', status: 400, message: 'the content length does not match the body' },
};

function fieldName(path: readonly PropertyKey[], where: string): string {
  return path.length > 0 ? path.map(String).join('.') : where;
}

/** One handler turns every error into `{ error: { code, message, fields? } }`; no stack reaches a client. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError | Error, req, reply) => {
    let status = 500;
    let body: Body = { error: { code: 'internal_error', message: 'something went wrong on our side; please try again' } };

    if (err instanceof AppError) {
      status = err.status;
      body = { error: { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) } };
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: Record<string, string> = {};
      const where = err.validationContext ?? 'body';
      for (const issue of err.validation) {
        const path = issue.instancePath.split('/').filter(Boolean);
        const keys = (issue.params as { keys?: unknown }).keys;
        if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
          for (const key of keys) fields[fieldName([...path, String(key)], where)] = 'is not a known field';
        } else {
          fields[fieldName(path, where)] ??= issue.message ?? 'is not valid';
        }
      }
      const summary = Object.entries(fields)
        .map(([k, v]) => `${k}: ${v}`)
        .join('; ');
      status = 400;
      body = { error: { code: 'validation_failed', message: summary || 'the request is not valid', fields } };
    } else if ('code' in err && typeof err.code === 'string' && FASTIFY_CODES[err.code]) {
      const known = FASTIFY_CODES[err.code]!;
      status = known.status;
      body = { error: { code: known.code, message: known.message } };
    } else if (isResponseSerializationError(err)) {
      req.log.error({ err }, 'response did not match its schema');
    } else if ('statusCode' in err && typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      status = err.statusCode;
      body = { error: { code: 'bad_request', message: err.message } };
    }
    if (status >= 500 && !(err instanceof AppError)) req.log.error({ err, url: req.url }, 'request failed');
    void reply.status(status).send(body);
  });
}
