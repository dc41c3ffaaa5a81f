// The channels of the consent register and of the kinds of consent. Every change, every look at
// a scan and every printed form is audited by id.
import type { HandlerGroup } from '../api/handlers';
import { todayIso } from '../../../shared/api/fields';
import { getParticipant } from '../people/participants';
import { displayName } from '../people/person-columns';
import { getProgram } from '../services/program-store';
import { read, write } from '../services/people-handlers';
import type { ProgramSession } from '../services/program-session';
import { renderConsentForm } from './consent-form';
import { addKind, getKind, listKinds, renameKind, setKindRetired } from './consent-kinds';
import {
  attachScan,
  consentOverview,
  createConsent,
  getConsent,
  getScan,
  listConsents,
  removeScan,
  revokeConsent,
  updateConsent,
} from './consents';

export function consentHandlers(session: ProgramSession) {
  return {
    'consents.list': (input) => read(session, (manager) => listConsents(manager, input.participantId, session.now())),
    'consents.overview': (input) =>
      read(session, (manager) => consentOverview(manager, input.participantId, session.now())),
    'consents.create': (input) =>
      write(session, 'consent.create', async (manager, now) => {
        const id = await createConsent(manager, input, now);
        return { id, value: await getConsent(manager, id, now) };
      }),
    'consents.update': (input) =>
      write(session, 'consent.update', async (manager, now) => {
        await updateConsent(manager, input.id, input.fields, now);
        return { id: input.id, value: await getConsent(manager, input.id, now) };
      }),
    'consents.revoke': (input) =>
      write(session, 'consent.revoke', async (manager, now) => {
        await revokeConsent(manager, input, now);
        return { id: input.id, value: await getConsent(manager, input.id, now) };
      }),
    'consents.attachScan': (input) =>
      write(session, 'consent.scan.attach', async (manager, now) => {
        await attachScan(manager, input, now);
        return { id: input.id, value: await getConsent(manager, input.id, now) };
      }),
    'consents.scan': (input) =>
      write(session, 'consent.scan.view', async (manager) => ({
        id: input.id,
        value: await getScan(manager, input.id),
      })),
    'consents.removeScan': (input) =>
      write(session, 'consent.scan.remove', async (manager, now) => {
        await removeScan(manager, input.id, now);
        return { id: input.id, value: await getConsent(manager, input.id, now) };
      }),
    'consents.form': (input) =>
      write(session, 'consent.form', async (manager, now) => {
        const consent = await getConsent(manager, input.id, now);
        const participant = await getParticipant(manager, consent.participantId);
        const program = await getProgram(manager);
        const pdf = await renderConsentForm({
          programName: program.name,
          isDemo: program.isDemo,
          participantName: displayName(participant),
          participantBirthDate: participant.birthDate,
          consent,
          printedOn: todayIso(now),
        });
        const fileName = `consent-${consent.id}-${consent.kind.code ?? 'custom'}.pdf`;
        return { id: input.id, value: { fileName, pdfBase64: pdf.toString('base64') } };
      }),
  } satisfies HandlerGroup;
}

export function consentKindHandlers(session: ProgramSession) {
  return {
    'consentKinds.list': () => read(session, (manager) => listKinds(manager)),
    'consentKinds.add': (input) =>
      write(session, 'consent-kind.add', async (manager) => {
        const id = await addKind(manager, input.label);
        return { id, value: await getKind(manager, id) };
      }),
    'consentKinds.rename': (input) =>
      write(session, 'consent-kind.rename', async (manager) => {
        await renameKind(manager, input.id, input.label);
        return { id: input.id, value: await getKind(manager, input.id) };
      }),
    'consentKinds.setRetired': (input) =>
      write(session, input.retired ? 'consent-kind.retire' : 'consent-kind.unretire', async (manager, now) => {
        await setKindRetired(manager, input.id, input.retired, now);
        return { id: input.id, value: await getKind(manager, input.id) };
      }),
  } satisfies HandlerGroup;
}
