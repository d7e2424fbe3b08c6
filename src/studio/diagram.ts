import type { Channel, Procedure } from '../case/types.js';
import { translate, type Lang } from '../i18n/index.js';
import type { RulePack, StepDefinition } from '../pack/types.js';
import { escapeXml, wrapText } from './svg.js';

/** Lanes in the order the service passes the case along: office, head, executor, commission, applicant. */
export const LANES = ['office', 'head', 'executor', 'commission', 'employer'] as const;

const LABEL_WIDTH = 150;
const LANE_HEIGHT = 96;
const TOP = 44;
const BOX_WIDTH = 150;
const BOX_HEIGHT = 74;
const GAP = 26;
const FONT = 'Liberation Sans, DejaVu Sans, Arial, sans-serif';

/** Formats a step's duration in words, e.g. «6 раб. дн.». */
export function durationLabel(step: Pick<StepDefinition, 'duration'>, lang: Lang): string {
  return translate(lang, `studio.duration.${step.duration.unit}`, { amount: step.duration.amount });
}

function laneRows(pack: RulePack, lang: Lang, width: number): string[] {
  return LANES.map((actor, index) => {
    const y = TOP + index * LANE_HEIGHT;
    const title = pack.actors[actor]?.[lang] ?? actor;
    const lines = wrapText(title, 20, 3).map((line, number) => `<tspan x="12" dy="${number === 0 ? 0 : 15}">${escapeXml(line)}</tspan>`).join('');
    return [
      `<g class="lane" data-actor="${actor}">`,
      `<rect x="0" y="${y}" width="${width}" height="${LANE_HEIGHT}" fill="${index % 2 === 0 ? '#f4f6f8' : '#ffffff'}" stroke="#c9d1d9"/>`,
      `<text x="12" y="${y + 30}" font-size="12" font-weight="bold" fill="#24292f">${lines}</text>`,
      '</g>',
    ].join('');
  });
}

function stepBox(step: StepDefinition, column: number, lang: Lang): string {
  const lane = Math.max(0, LANES.indexOf(step.actor as (typeof LANES)[number]));
  const x = LABEL_WIDTH + GAP / 2 + column * (BOX_WIDTH + GAP);
  const y = TOP + lane * LANE_HEIGHT + (LANE_HEIGHT - BOX_HEIGHT) / 2;
  const conditional = step.when === 'approved';
  const action = wrapText(step.action[lang], 22, 3)
    .map((line, number) => `<tspan x="${x + 8}" dy="${number === 0 ? 0 : 14}">${escapeXml(line)}</tspan>`)
    .join('');
  const tooltip = `${step.action[lang]}\n${durationLabel(step, lang)}\n${step.citation}`;
  return [
    `<g class="step" data-step="${escapeXml(step.id)}">`,
    `<title>${escapeXml(tooltip)}</title>`,
    `<rect x="${x}" y="${y}" width="${BOX_WIDTH}" height="${BOX_HEIGHT}" rx="6" fill="#ffffff" stroke="${conditional ? '#8c959f' : '#0969da'}" stroke-width="1.5"${conditional ? ' stroke-dasharray="5 3"' : ''}/>`,
    `<text y="${y + 16}" font-size="11" fill="#24292f">${action}</text>`,
    `<text x="${x + 8}" y="${y + BOX_HEIGHT - 8}" font-size="11" font-weight="bold" fill="#0969da">${escapeXml(durationLabel(step, lang))}</text>`,
    '</g>',
  ].join('');
}

/** Draws an arrow from the right side of one box to the left side of the next, with right angles between lanes. */
function arrow(from: StepDefinition, to: StepDefinition, column: number): string {
  const laneY = (step: StepDefinition): number => TOP + Math.max(0, LANES.indexOf(step.actor as (typeof LANES)[number])) * LANE_HEIGHT + LANE_HEIGHT / 2;
  const x1 = LABEL_WIDTH + GAP / 2 + column * (BOX_WIDTH + GAP) + BOX_WIDTH;
  const x2 = x1 + GAP;
  const middle = x1 + GAP / 2;
  return `<path d="M${x1} ${laneY(from)} H${middle} V${laneY(to)} H${x2 - 2}" fill="none" stroke="#57606a" stroke-width="1.2" marker-end="url(#arrow)"/>`;
}

/**
 * Draws a procedure of a pack as an SVG swimlane diagram: one lane per actor, the steps that apply
 * to the channel in order with their durations, and arrows between them. Steps that run only
 * after a positive decision have a dashed border.
 */
export function procedureDiagram(pack: RulePack, procedure: Procedure, channel: Channel, lang: Lang): string | undefined {
  const definition = pack.procedures[procedure];
  if (!definition) return undefined;
  const steps = definition.steps.filter((step) => !step.channels || step.channels.includes(channel));
  const width = LABEL_WIDTH + GAP / 2 + steps.length * (BOX_WIDTH + GAP);
  const height = TOP + LANES.length * LANE_HEIGHT + 30;
  const title = `${definition.title[lang]} — ${translate(lang, `studio.channel.${channel}`)}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" aria-label="${escapeXml(title)}">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto"><path d="M0 0 L10 5 L0 10 z" fill="#57606a"/></marker></defs>',
    `<text x="12" y="26" font-size="15" font-weight="bold" fill="#24292f">${escapeXml(title)}</text>`,
    ...laneRows(pack, lang, width),
    ...steps.slice(1).map((step, index) => arrow(steps[index]!, step, index)),
    ...steps.map((step, index) => stepBox(step, index, lang)),
    `<text x="12" y="${height - 10}" font-size="11" fill="#57606a">${escapeXml(translate(lang, 'studio.diagram.legend'))}</text>`,
    '</svg>',
  ].join('\n');
}
