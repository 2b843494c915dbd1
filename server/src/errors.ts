/** The one error type. `code` is stable and part of the API; `message` is for people. */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fields: Record<string, string> | undefined;

  constructor(code: string, status: number, message: string, fields?: Record<string, string>) {
    super(message);
    this.code = code;
    this.status = status;
    this.fields = fields;
  }
}

export const notFound = (what = 'resource') => new AppError('not_found', 404, `${what} not found`);
export const unauthenticated = () => new AppError('unauthenticated', 401, 'sign in to continue');
export const forbidden = (message = 'you may not do this') => new AppError('forbidden', 403, message);
export const badRequest = (field: string, message: string) =>
  new AppError('validation_failed', 400, `${field}: ${message}`, { [field]: message });
export const conflict = (code: string, message: string) => new AppError(code, 409, message);
