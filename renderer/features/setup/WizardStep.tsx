// The frame of one wizard step: where we are, a heading that takes focus, the step's content.
import type { ReactNode } from 'react';
import { useFocusOnMount } from '../../components/useFocusOnMount';

export const WIZARD_STEP_COUNT = 5;

interface WizardStepProps {
  number: number;
  title: string;
  children: ReactNode;
  wide?: boolean;
}

export function WizardStep({ number, title, children, wide = false }: WizardStepProps) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <main className="centered-page">
      <section className={`card${wide ? ' card-wide' : ''}`} aria-labelledby="wizard-step-title">
        <p className="eyebrow">
          Setting up PeerDesk · Step {number} of {WIZARD_STEP_COUNT}
        </p>
        <h1 id="wizard-step-title" ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </section>
    </main>
  );
}
