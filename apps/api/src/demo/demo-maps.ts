import type { MapChangeStatus, MapOwnKind } from '@gevinst/domain';

/**
 * Benefit maps (gevinstdiagrammer) for demo initiatives, after the guide's Rudersdal case (a software robot for
 * bookkeeping: the deliveries, the changed bookkeeping routine they need, the freed hours and the goal). Nodes are
 * keyed by `key`; a link's end is a node key or `benefit:<title>` of the initiative's demo benefit. Days are offsets
 * from the seed day.
 */
export interface DemoMapNode {
  key: string;
  kind: MapOwnKind;
  title: string;
  owner?: 'benefit_owner' | 'project_lead';
  dueDay?: number;
  status?: MapChangeStatus;
}

export interface DemoMap {
  initiative: string;
  nodes: DemoMapNode[];
  links: [from: string, to: string][];
}

export const DEMO_MAPS: readonly DemoMap[] = [
  {
    initiative: 'Softwarerobot til bogføring af regninger på dag- og botilbud',
    nodes: [
      { key: 'robot', kind: 'delivery', title: 'Softwarerobot i drift på dag- og botilbud' },
      { key: 'rules', kind: 'delivery', title: 'Faste konteringsregler for de store leverandører' },
      { key: 'einvoice', kind: 'change', title: 'Leverandørerne sender elektroniske regninger', owner: 'project_lead', dueDay: -60, status: 'done' },
      {
        key: 'routine',
        kind: 'change',
        title: 'Ny bogføringsrutine: bogholderne behandler kun de regninger, robotten sender videre',
        owner: 'benefit_owner',
        dueDay: 30,
        status: 'open',
      },
    ],
    links: [
      ['robot', 'routine'],
      ['rules', 'einvoice'],
      ['einvoice', 'routine'],
      ['routine', 'benefit:Frigjort tid til borgerne på dag- og botilbud'],
      ['rules', 'benefit:Færre fejlkonteringer at rette for Økonomi'],
    ],
  },
  {
    initiative: 'Digital behandling af anmodninger om aktindsigt',
    nodes: [
      { key: 'flow', kind: 'delivery', title: 'Digitalt flow fra anmodning til afgørelse' },
      { key: 'training', kind: 'change', title: 'Sagsbehandlerne er oplært i det nye flow', owner: 'project_lead', dueDay: -14, status: 'open' },
    ],
    links: [
      ['flow', 'training'],
      ['training', 'benefit:Mindre tid til journalisering og oversendelse'],
      ['training', 'benefit:Borgerne oplever hurtigere og mere gennemsigtig behandling'],
    ],
  },
];
