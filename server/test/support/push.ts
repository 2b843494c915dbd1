import crypto from 'node:crypto';
import type { PushPayload } from '@stepwise/domain';
import type { PushSendOptions, PushSender, PushTarget } from '../../src/features/push/sender.ts';

export type SentPush = { target: PushTarget; payload: PushPayload; options: PushSendOptions };

/**
 * A push service stand-in for server tests: it records what the dispatcher sends (the
 * payload before encryption) and answers 201, or what `answer` says for an endpoint (a status,
 * or an Error for "no answer"). No test ever reaches the network.
 */
export function fakePush() {
  const sent: SentPush[] = [];
  let answer: (endpoint: string) => number | Error = () => 201;
  const sender: PushSender = {
    send(target, payload, options) {
      sent.push({ target, payload: JSON.parse(payload) as PushPayload, options });
      const a = answer(target.endpoint);
      return a instanceof Error ? Promise.reject(a) : Promise.resolve({ statusCode: a });
    },
  };
  return {
    sender,
    sent,
    mark: () => sent.length,
    /** What the push service answers from now on, per endpoint. */
    answerWith(fn: (endpoint: string) => number | Error) {
      answer = fn;
    },
    reset() {
      answer = () => 201;
    },
  };
}

let endpoints = 0;
/** A browser's subscription as PushSubscription.toJSON() gives it: a real P-256 key and a fresh FCM endpoint. */
export function subscriptionBody(endpoint = `https://fcm.googleapis.com/fcm/send/test-${process.pid}-${(endpoints += 1)}`) {
  const ecdh = crypto.createECDH('prime256v1');
  ecdh.generateKeys();
  return { endpoint, expirationTime: null, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: crypto.randomBytes(16).toString('base64url') } };
}
