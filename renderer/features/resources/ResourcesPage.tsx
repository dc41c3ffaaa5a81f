// The resource directory (/resources): clinics, services and organisations peer supporters refer
// participants to, with how to reach them and how many referrals name each. A resource named by
// referrals is retired rather than deleted, and can be brought back.
import { useState } from 'react';
import { resourceTypeLabels, type Resource } from '../../../shared/api/resources';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { RowActions } from '../../components/RowActions';
import { ResourceForm } from './ResourceForm';
import { useResources, useSetResourceRetired } from './useResources';

export function ResourcesPage() {
  const resources = useResources(true);
  return (
    <>
      <h1>Resources</h1>
      <p>Where peer supporters refer participants. Contacts record each referral to one of these.</p>
      <section className="panel" aria-labelledby="resource-list-title">
        <h2 id="resource-list-title">Directory</h2>
        {resources.isPending ? <p role="status">Loading…</p> : null}
        {resources.isError ? <Alert tone="error">{errorMessage(resources.error)}</Alert> : null}
        {resources.data?.length === 0 ? <p>No resources yet: add the first below.</p> : null}
        {resources.data && resources.data.length > 0 ? (
          <ul className="term-list resource-list" aria-label="Resources">
            {resources.data.map((resource) => (
              <ResourceRow key={resource.id} resource={resource} />
            ))}
          </ul>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="add-resource-title">
        <h2 id="add-resource-title">Add a resource</h2>
        <ResourceForm />
      </section>
    </>
  );
}

function ResourceRow({ resource }: { resource: Resource }) {
  const [editing, setEditing] = useState(false);
  const retire = useSetResourceRetired();
  if (editing) {
    return (
      <li className="term">
        <ResourceForm resource={resource} onDone={() => setEditing(false)} />
      </li>
    );
  }
  const reach = [resource.contactName, resource.phone, resource.email, resource.website].filter(Boolean).join(' · ');
  return (
    <li className={resource.retired ? 'term term-retired' : 'term'}>
      <div className="term-main">
        <span className="term-label">{resource.name}</span>
        <span className="badge">{resourceTypeLabels[resource.type]}</span>
        {resource.retired ? <span className="badge">Retired</span> : null}
        <span className="term-usage">
          {' '}
          {resource.referrals === 1 ? '1 referral' : `${resource.referrals} referrals`}
        </span>
      </div>
      {reach ? <p className="resource-contact">{reach}</p> : null}
      {resource.address ? <p className="resource-contact">{resource.address}</p> : null}
      {resource.notes ? <p className="resource-notes">{resource.notes}</p> : null}
      <RowActions
        name={resource.name}
        editLabel="Edit"
        onEdit={() => setEditing(true)}
        retired={resource.retired}
        onToggleRetired={() => retire.mutate({ id: resource.id, retired: !resource.retired })}
        busy={retire.isPending}
      />
      {retire.isError ? <Alert tone="error">{errorMessage(retire.error)}</Alert> : null}
    </li>
  );
}
