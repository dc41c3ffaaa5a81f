// A whole-window explanation for states where the program cannot be opened.
import type { ReactNode } from 'react';
import { useFocusOnMount } from './useFocusOnMount';

interface FullPageMessageProps {
  title: string;
  children: ReactNode;
}

export function FullPageMessage({ title, children }: FullPageMessageProps) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <main className="centered-page">
      <section className="card card-wide" aria-labelledby="full-page-title">
        <h1 id="full-page-title" ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </section>
    </main>
  );
}
