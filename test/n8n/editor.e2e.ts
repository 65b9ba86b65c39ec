/**
 * The nodes in n8n's editor, as a person sees them in a browser: a regular n8n with the package
 * installed, the owner set up through the REST API, then headless Chromium adds GenSpend and
 * GenSpend Balance to a workflow from the node creator, reads their panels and executes them
 * against the provider stand-in. Screenshots go to .ci-out/n8n-editor/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServers } from '../../packages/providers/test/server.js';
import type { Locator } from 'playwright-core';
import { openEditor, type Browser } from './browser.js';
import { N8n } from './n8n.js';
import { ACCOUNT, KEYS } from './reference.js';
import { Rest } from './rest.js';
import { ensureRuntime } from './runtime.js';
import { freePort, type Server } from './servers.js';
import { providerStandIn, type StandIn } from './standin.js';
import { manualTrigger, workflow } from './workflows.js';

let standIn: StandIn;
let n8n: N8n | undefined;
let server: Server;
let rest: Rest;
let browser: Browser | undefined;
let baseUrl: string;

beforeAll(async () => {
  standIn = await providerStandIn(structuredClone(ACCOUNT));
  n8n = await N8n.start(ensureRuntime(), { env: { N8N_SECURE_COOKIE: 'false', N8N_TEMPLATES_ENABLED: 'false' } });
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  server = n8n.serve('editor', ['start'], { N8N_PORT: String(port), N8N_LISTEN_ADDRESS: '127.0.0.1' });
  await server.waitForLog(/Editor is now accessible/);
  rest = await Rest.owner(baseUrl);
  // the only credential: a new Balance node picks it, so its reads go to the stand-in's Runway
  await rest.credential('Runway account', 'runwayApi', { apiKey: KEYS.runway, baseUrl: standIn.url });
  browser = await openEditor(baseUrl, rest.authCookie);
}, 1_800_000);

afterAll(async () => {
  await browser?.close();
  await n8n?.stop();
  await closeServers();
}, 120_000);

/** Opens a new workflow holding only a Manual Trigger named Start. */
async function newWorkflow(name: string): Promise<void> {
  const id = await rest.workflow(workflow('unused', name, [manualTrigger()], []));
  await browser!.page.goto(`${baseUrl}/workflow/${id}`);
  await browser!.page.getByTestId('canvas-node').first().waitFor();
}

/** Adds a node after Start the way a person does: Start's + handle, search, pick the node, then its action. */
async function addNode(search: string, item: string, action?: string): Promise<void> {
  const { page } = browser!;
  await page
    .locator('[data-test-id="canvas-node-output-handle"][data-node-name="Start"] [data-test-id="canvas-handle-plus"]')
    .first()
    .click();
  await page.getByTestId('node-creator-search-bar').fill(search);
  const creator = page.getByTestId('node-creator');
  await creator.getByTestId('node-creator-item-name').getByText(item, { exact: true }).first().click();
  // a node with actions lists them; one without offers "Add to workflow"
  if (action) await creator.getByTestId('item-iterator-item').filter({ hasText: action }).first().click();
  else await creator.getByText('Add to workflow', { exact: true }).click();
  await page.getByTestId('ndv').waitFor();
}

const parameter = (name: string) => browser!.page.getByTestId(`parameter-input-${name}`);

/** What a select shows: the chosen option's label (in its input, or as text). */
const shown = (locator: Locator) =>
  locator.evaluate((el) => {
    // runs in the page: no DOM types here
    const node = el as unknown as { value?: string; textContent: string | null; querySelector(s: string): { value?: string } | null };
    return (node.value || node.querySelector('input')?.value || node.textContent || '').trim();
  });

const OPTIONS = '.el-select-dropdown__item:visible, [role="option"]:visible';

/** Opens a dropdown parameter and returns the options it lists. */
async function optionsOf(name: string): Promise<string[]> {
  const options = browser!.page.locator(OPTIONS);
  await parameter(name).click();
  await options.first().waitFor();
  return (await options.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** Picks an option of the open dropdown and waits for the dropdown to close. */
async function pick(option: string | RegExp): Promise<void> {
  const options = browser!.page.locator(OPTIONS);
  await options.filter({ hasText: option }).first().click();
  while ((await options.count()) > 0) await browser!.page.waitForTimeout(100);
}

async function choose(name: string, option: string | RegExp): Promise<void> {
  await optionsOf(name);
  await pick(option);
}

async function executeStep(): Promise<string> {
  const { page } = browser!;
  await page.getByTestId('node-execute-button').first().click();
  const output = page.getByTestId('output-panel');
  await output.getByTestId('node-run-status-success').waitFor();
  await output.getByTestId('radio-button-json').click();
  const json = output.getByTestId('ndv-data-container');
  // the JSON view renders a moment after the switch
  for (let tries = 0; ; tries++) {
    const text = (await json.innerText()).replace(/\s+/g, ' ');
    if (text.includes('"') || tries === 40) return text;
    await page.waitForTimeout(250);
  }
}

describe('the editor shows', () => {
  it('GenSpend: a model picker per provider, and the cost in the output after Execute step', async () => {
    await newWorkflow('GenSpend in the editor');
    await addNode('genspend', 'GenSpend');
    await browser!.screenshot('01-genspend-new');
    await choose('provider', /^Runway/);
    const models = await optionsOf('model');
    await browser!.screenshot('02-genspend-runway-models');
    // each model as "Name (id)" with the unit it is billed by
    expect(models.length).toBeGreaterThan(5);
    expect(models).toContainEqual(expect.stringMatching(/^Gen-4 Image Turbo \(gen4_image_turbo\) image$/));
    await pick('gen4_image_turbo');
    const output = await executeStep();
    await browser!.screenshot('03-genspend-output');
    // gen4_image_turbo: 2 credits an image, $0.02
    expect(output).toMatch(/"costUsd": "?0\.02"?/);
    expect(output).toMatch(/"credits": "?2"?/);
  });

  it('GenSpend Balance: its actions, and the balance read through the credential after Execute step', async () => {
    await newWorkflow('GenSpend Balance in the editor');
    await addNode('genspend', 'GenSpend Balance', 'Get the balance');
    await browser!.screenshot('04-balance-new');
    await expect(shown(browser!.page.getByTestId('node-credentials-select').first())).resolves.toContain('Runway account');
    const output = await executeStep();
    await browser!.screenshot('05-balance-output');
    // 5000 Runway credits at $0.01
    expect(output).toMatch(/"balanceUsd": "?50"?/);
    expect(standIn.requests.some((r) => r.headers.authorization === `Bearer ${KEYS.runway}`)).toBe(true);
  });
});

describe('the editor shows the version 2 nodes', () => {
  it('GenSpend Balance: a visible Provider field, chosen first, that a newer credential does not change', async () => {
    await rest.credential('Runpod account', 'runpodApi', { apiKey: KEYS.runpod, baseUrl: standIn.url, restBaseUrl: standIn.url });
    await newWorkflow('Balance provider');
    await addNode('genspend', 'GenSpend Balance', 'Get the tier limits');
    await browser!.screenshot('06-balance-provider');
    await expect(parameter('provider').isVisible()).resolves.toBe(true);
    await expect(shown(parameter('provider'))).resolves.toMatch(/Runway/);
    await expect(shown(parameter('operation'))).resolves.toMatch(/Tier Limits/);
    const providers = (await optionsOf('provider')).join(' | ');
    for (const name of ['Runway', 'Runware', 'Fal.ai', 'Runpod']) expect(providers).toContain(name);
  });

  it("GenSpend: the model's own fields, loaded for the chosen model", async () => {
    await newWorkflow('GenSpend model fields');
    await addNode('genspend', 'GenSpend');
    await choose('provider', /^Runware/);
    await choose('model', 'runware:101@1');
    const fields = browser!.page.getByTestId('mapping-fields-container');
    await fields.waitFor();
    await browser!.screenshot('07-genspend-model-fields');
    const text = await fields.innerText();
    for (const label of ['Width', 'Height', 'Steps']) expect(text).toContain(label);
    expect(text).not.toContain('Active Workers');
  });

  it('GenSpend: the cost as a number in the output', async () => {
    await newWorkflow('GenSpend number cost');
    await addNode('genspend', 'GenSpend');
    await choose('provider', /^Runway/);
    await choose('model', 'gen4_image_turbo');
    const output = await executeStep();
    await browser!.screenshot('08-genspend-number-cost');
    expect(output).toMatch(/"costUsd": 0\.02\b/);
  });
});
