/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp } from '../server/test/support/smtp.ts';
import { practiceWithClient } from './support/accounts.ts';
import { expectAccessible, launch, therapistAndClient } from './support/browser.ts';
import { startServer } from './support/server.ts';

// Goals and homework: the therapist writes a SMART goal with the client and two action
// steps with if-then plans; the client confirms them on a phone, marks one done with a
// reflection and one not done with a barrier; the therapist reviews and adjusts.

let server: Awaited<ReturnType<typeof startServer>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let browser: Browser;
let therapistCtx: BrowserContext;
let therapist: Page;
let client: Page;
let clientId = '';


beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({ SMTP_URL: smtp.url });
  const people = await practiceWithClient(server.url, smtp);
  clientId = people.clientId;
  browser = await launch();
  ({ therapistCtx, therapist, client } = await therapistAndClient(browser, server.url, people));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

describe('goals and homework journey', () => {
  it('the therapist proposes a SMART goal, gently checked', async () => {
    await therapist.goto(`${server.url}/clients/${clientId}?tab=goals`);
    await therapist.getByRole('button', { name: 'New goal' }).first().click();
    const dialog = therapist.getByRole('dialog');
    await dialog.getByLabel("The goal, in the client's own words").fill('Get outside and moving again');
    await expect.poll(() => dialog.getByText('A target date gives a gentle rhythm').count()).toBe(1);
    await dialog.getByLabel('Why it matters').fill('I feel more like myself after being outside');
    await dialog.getByLabel('What exactly (specific)').fill('Walk in the park near home for twenty minutes');
    await dialog.getByLabel('How we will know (measurable)').fill('Walks ticked off in Stepwise');
    await dialog.getByRole('slider').focus();
    await therapist.keyboard.press('End');
    await therapist.keyboard.press('ArrowLeft');
    await therapist.keyboard.press('ArrowLeft');
    await dialog.getByLabel('What it serves (relevant)').fill('Less low mood, more energy');
    await dialog.getByLabel('Target date').fill('2027-01-31');
    await expect.poll(() => dialog.getByText('This goal reads clear, measurable and doable').count()).toBe(1);
    await expectAccessible(therapist, 'hw-01-therapist-goal-editor');
    await dialog.getByRole('button', { name: 'Propose goal' }).click();
    await expect.poll(() => therapist.getByText('Get outside and moving again').count()).toBeGreaterThan(0);
  });

  it('the client accepts the goal on a phone', async () => {
    await client.goto(`${server.url}/goals`);
    await client.getByText('Get outside and moving again').first().click();
    await client.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => client.getByText('Agreed. The goal is active now.').count()).toBeGreaterThan(0);
    await expectAccessible(client, 'hw-02-client-goal-accepted');
  });

  it('the therapist adds two action steps with if-then plans', async () => {
    await therapist.goto(`${server.url}/clients/${clientId}?tab=homework`);
    await therapist.getByRole('button', { name: 'Action steps for this week' }).click();
    const dialog = therapist.getByRole('dialog');
    await dialog.getByLabel('What').first().fill('Call my sister');
    await dialog.getByLabel('Add an if-then plan').first().check();
    await dialog.getByLabel('If …').first().fill('I have finished breakfast on Saturday');
    await dialog.getByLabel('… then I will').first().fill('call her to plan a visit');
    await dialog.getByRole('button', { name: 'Add another step' }).click();
    await dialog.getByLabel('What').nth(1).fill('Walk to the park gate');
    await dialog.getByLabel('Add an if-then plan').nth(1).check();
    await dialog.getByLabel('If …').nth(1).fill('I get home from work');
    await dialog.getByLabel('… then I will').nth(1).fill('change shoes and walk to the gate');
    await expectAccessible(therapist, 'hw-03-therapist-action-steps');
    await dialog.getByRole('button', { name: 'Send 2 steps' }).click();
    await expect.poll(() => therapist.getByText('Walk to the park gate').count()).toBeGreaterThan(0);
  });

  it('the client confirms both, marks one done with a reflection and one not done with a barrier', async () => {
    await client.goto(`${server.url}/today`);
    const confirm = client.getByRole('button', { name: /^Confirm/ });
    await expect.poll(() => confirm.count()).toBe(2);
    await expectAccessible(client, 'hw-04-client-today-waiting');
    await confirm.first().click();
    await expect.poll(() => confirm.count()).toBe(1);
    await confirm.first().click();
    await expect.poll(() => confirm.count()).toBe(0);

    const call = client.getByRole('article').filter({ hasText: 'Call my sister' });
    await call.getByRole('button', { name: 'Done', exact: true }).click();
    await call.getByLabel('How did it go?').fill('We talked for an hour; she is coming over next week');
    await expectAccessible(client, 'hw-05-client-check-in-done');
    await call.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => call.getByText('We talked for an hour', { exact: false }).count()).toBeGreaterThan(0);

    const walk = client.getByRole('article').filter({ hasText: 'Walk to the park gate' });
    await walk.getByRole('button', { name: 'Not done', exact: true }).click();
    await walk.getByText('I felt overwhelmed').click();
    await walk.getByLabel('Want to say more? (optional)').fill('Work ran late and I was exhausted');
    await walk.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => client.getByText('Would a smaller step help next time?').count()).toBe(1);
    await expectAccessible(client, 'hw-06-client-smaller-step-offer');

    // The smaller step's form loads when asked for, prefilled from the step that was too big.
    await client.getByRole('button', { name: 'Plan a smaller step' }).click();
    const own = client.getByRole('dialog', { name: 'Add my own step' });
    const title = own.getByRole('textbox').first();
    await expect.poll(() => title.inputValue()).toBe('Smaller: Walk to the park gate');
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await title.fill('Walk to the corner and back');
    await expectAccessible(client, 'hw-06b-client-smaller-step-form');
    await own.getByRole('button', { name: 'Add to my plan' }).click();
    await expect.poll(() => own.count()).toBe(0);
    await expect.poll(() => client.getByText('Added to your plan.').count()).toBeGreaterThan(0);
  });

  it('the therapist sees the answers, reviews and adjusts the walk', async () => {
    await therapist.goto(`${server.url}/clients/${clientId}?tab=homework`);
    await therapist.getByRole('link', { name: 'Walk to the park gate' }).first().click();
    await expect.poll(() => therapist.getByText('Work ran late and I was exhausted').count()).toBeGreaterThan(0);
    await expectAccessible(therapist, 'hw-07-therapist-assignment');
    await therapist.getByLabel('Review note (optional)').fill('Evenings after work are hard; try the weekend instead');
    await therapist.getByRole('button', { name: 'Adjust…' }).click();
    const dialog = therapist.getByRole('dialog');
    await dialog.getByLabel('Title').fill('Walk to the park gate on Saturday morning');
    await dialog.getByRole('button', { name: 'Save the new version' }).click();
    await expect.poll(() => therapist.getByText('Version 2').count()).toBeGreaterThan(0);
    await expect.poll(() => therapist.getByRole('heading', { level: 1 }).textContent()).toBe('Walk to the park gate on Saturday morning');
    await expectAccessible(therapist, 'hw-08-therapist-adjusted');
    const [session] = await therapistCtx.cookies();
    const res = await fetch(`${server.url}/api/clients/${clientId}/assignments`, { headers: { cookie: `${session?.name}=${session?.value}` } });
    const detail = (await res.json()) as { overall: { done: number; notDone: number; barriers: Record<string, number> } };
    expect(detail.overall).toMatchObject({ done: 1, notDone: 1, barriers: { overwhelmed: 1 } });
  });
});
