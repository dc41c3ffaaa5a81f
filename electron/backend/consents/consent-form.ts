// The printable consent form: a PDF with the program's name and the consent's elements filled
// in, and lines left to sign on paper. A Unicode font (DejaVu Sans) so that every name prints.
import { newPdfDocument } from '../export/pdf-document';
import { contactChannelLabels, describeMissing, type Consent } from '../../../shared/api/consents';

export interface ConsentFormContent {
  programName: string;
  isDemo: boolean;
  participantName: string;
  participantBirthDate: string | null;
  consent: Consent;
  printedOn: string;
}

const BLANK = '______________________________________________';

/** Writes the form; resolves with the PDF's bytes. */
export function renderConsentForm(content: ConsentFormContent): Promise<Buffer> {
  const { consent } = content;
  const { doc, finished } = newPdfDocument({
    margin: 60,
    info: {
      Title: `${consent.kind.label}: ${content.participantName}`,
      Author: content.programName,
      Creator: 'PeerDesk',
    },
  });

  if (consent.status === 'revoked' || consent.status === 'expired') {
    const when = consent.revocation
      ? `revoked on ${consent.revocation.revokedOn}`
      : `expired on ${consent.expiresOn ?? ''}`;
    doc.font('bold').fontSize(11).fillColor('#a3261d').text(`A copy for the file: this consent was ${when}.`);
    doc.moveDown(0.5).fillColor('black');
  }
  if (content.isDemo) {
    doc.font('bold').fontSize(11).fillColor('#7a3e00').text('DEMO: invented people only. Not a real consent.');
    doc.moveDown(0.5).fillColor('black');
  }
  doc.font('regular').fontSize(11).text(content.programName);
  doc.font('bold').fontSize(18).text(`Consent: ${consent.kind.label}`);
  doc.moveDown(0.8);

  const field = (label: string, value: string | null) => {
    doc.font('bold').fontSize(10).text(label);
    doc
      .font('regular')
      .fontSize(11)
      .text(value ?? BLANK);
    doc.moveDown(0.6);
  };
  field('Participant', content.participantName);
  if (content.participantBirthDate) field('Date of birth', content.participantBirthDate);
  field('Who may disclose', consent.disclosingParty ?? content.programName);
  field('The information that may be disclosed', consent.information);
  field('To whom (name or class of recipients)', consent.recipients);
  doc.font('bold').fontSize(10).text('For what purpose');
  doc.font('regular').fontSize(11);
  if (consent.purposes.length === 0) doc.text(BLANK);
  else doc.list(consent.purposes, { bulletRadius: 2 });
  doc.moveDown(0.6);
  if (consent.kind.code === 'contact') {
    const ways = consent.contactChannels.map((channel) => contactChannelLabels[channel]);
    field('Ways the participant may be contacted', ways.length > 0 ? ways.join(', ') : null);
  }
  field('The right to revoke this consent, and how', consent.revocationTerms);
  const expiry = [
    consent.expiresOn ? `on ${consent.expiresOn}` : null,
    consent.expiryEvent ? `upon ${consent.expiryEvent}` : null,
  ]
    .filter((part) => part !== null)
    .join(', or ');
  field('This consent expires', expiry.length > 0 ? expiry : null);

  doc
    .font('regular')
    .fontSize(10)
    .text(
      'I understand that I may revoke this consent at any time, except where action has already been taken ' +
        'in reliance on it, and that my support from the program does not depend on my signing it.',
    );
  doc.moveDown(1.2);

  if (consent.signer === 'representative') {
    field('Signed by an authorised representative', consent.representativeName);
    field('Relationship to the participant', consent.representativeRelationship);
    doc.font('regular').fontSize(11).text(`Signature of the representative: ${BLANK}`);
  } else {
    doc.font('regular').fontSize(11).text(`Signature of the participant: ${BLANK}`);
  }
  doc.moveDown(0.6);
  doc.text(`Date signed: ${consent.signedOn ?? '____________________'}`);
  if (consent.method === 'verbal-witnessed' || consent.witnessName !== null) {
    doc.moveDown(0.6);
    doc.text(`Witness: ${consent.witnessName ?? BLANK}    Signature: ____________________`);
  }
  if (consent.missing.length > 0) {
    doc.moveDown(1);
    doc
      .font('bold')
      .fontSize(10)
      .text(`To complete before signing: ${describeMissing(consent.missing)}.`);
  }
  doc.moveDown(1.5);
  doc
    .font('regular')
    .fontSize(8)
    .fillColor('#555555')
    .text(`Printed from PeerDesk on ${content.printedOn}. Consent number ${consent.id}.`);
  doc.end();
  return finished;
}
