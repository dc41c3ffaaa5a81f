// The training a peer supporter has taken, with the total hours, a form to add a record and a
// way to remove one entered by mistake.
import type { PeerSupporter } from '../../../shared/api/peer-supporters';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDay } from '../../components/format-day';
import { AddTrainingForm } from './AddTrainingForm';
import { useRemoveTraining } from './useRemoveTraining';

export function TrainingPanel({ peer }: { peer: PeerSupporter }) {
  const remove = useRemoveTraining();
  return (
    <section className="panel" aria-labelledby="training-title">
      <h2 id="training-title">Training</h2>
      {remove.isError ? <Alert tone="error">{errorMessage(remove.error)}</Alert> : null}
      <p className="training-total">
        Total: <strong>{hoursLabel(peer.trainingHours)}</strong>
      </p>
      {peer.training.length === 0 ? (
        <p>No training recorded yet.</p>
      ) : (
        <table className="record-table">
          <caption className="visually-hidden">Training records</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Date</th>
              <th scope="col">Hours</th>
              <th scope="col">Trainer</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {peer.training.map((record) => (
              <tr key={record.id}>
                <td>{record.topic}</td>
                <td>{formatDay(record.on)}</td>
                <td>{record.hours}</td>
                <td>{record.trainer ?? ''}</td>
                <td>
                  <button
                    type="button"
                    className="button-small"
                    aria-label={`Remove training: ${record.topic}, ${formatDay(record.on)}`}
                    disabled={remove.isPending}
                    onClick={() => remove.mutate({ id: record.id })}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddTrainingForm peerSupporterId={peer.id} />
    </section>
  );
}

function hoursLabel(hours: number): string {
  return `${hours.toLocaleString('en-US')} ${hours === 1 ? 'hour' : 'hours'}`;
}
