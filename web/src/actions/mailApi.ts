// E-mail about one's actions (the weekly summary and the due-date reminders): one's own choice
// from My work, and the public unsubscribe link in those e-mails. The link carries its secret in
// the fragment (/unsubscribe#SECRET), which browsers never send, so it reaches no log through the
// page's own address; the page sends it only when the reader presses the button.
import { request } from '../app/api';
import { path } from '../app/schema';
import type { ActionMail, Unsubscribed } from './types';

const myMailPath = path('/api/v1/my/action-mail');

export const getActionMail = () => request<ActionMail>('GET', myMailPath).then((r) => r.data);
// Written whole, without a version: the choice is one yes or no.
export const putActionMail = (subscribed: boolean) => request<ActionMail>('PUT', myMailPath, { body: { subscribed } }).then((r) => r.data);

// No session: the secret names the person. It goes in the body, never the address, which access
// logs keep. 404 for an unknown or forgotten link.
export const unsubscribe = (secret: string) => request<Unsubscribed>('POST', path('/api/v1/unsubscribe'), { body: { secret } }).then((r) => r.data);
