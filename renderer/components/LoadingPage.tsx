export function LoadingPage({ label = 'Opening PeerDesk…' }: { label?: string }) {
  return (
    <main className="centered-page">
      <p className="loading" role="status">
        {label}
      </p>
    </main>
  );
}
